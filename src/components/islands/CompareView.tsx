// A comparison of two versions, clause by clause. Rendered to static HTML on the prebuilt comparison pages and,
// inside CompareResult, in the browser for any other pair. It only shows what compareClauses computed.
import type { ClauseChange, Comparison, WordPart } from '../../lib/documents/compare';
import { isChange } from '../../lib/documents/compare';
import { clauseTitle } from '../../lib/documents/clause-id';

export interface CompareViewProps {
  before: { version: string; href: string };
  after: { version: string; href: string };
  comparison: Comparison;
  /** What the compared parts are called: "bagian" of a document, "isian" of a form. */
  unit?: string;
}

const kindLabel: Record<ClauseChange['kind'], string> = {
  added: 'Ditambahkan',
  removed: 'Dihapus',
  changed: 'Diubah',
  unchanged: 'Tidak berubah',
};

export function CompareView({ before, after, comparison, unit = 'bagian' }: CompareViewProps) {
  const { summary, changes } = comparison;
  const lines = [
    [summary.added, `${unit} ditambahkan`],
    [summary.removed, `${unit} dihapus`],
    [summary.changed, `${unit} diubah isinya`],
    [summary.moved, `${unit} dipindahkan`],
    [summary.renumbered, `${unit} berubah nomornya`],
    [summary.unchanged, `${unit} tidak berubah`],
  ] as const;
  return (
    <div class="compare">
      <h2 id="ringkasan-perubahan">Ringkasan: versi {before.version} → versi {after.version}</h2>
      <ul class="compare-summary">
        {lines.map(([n, label]) => (
          <li key={label}>
            <strong>{n}</strong> {label}
          </li>
        ))}
      </ul>
      <p class="compare-toggle">
        <input type="checkbox" id="hanya-perubahan" class="only-changes" defaultChecked />{' '}
        <label for="hanya-perubahan">Tampilkan hanya {unit} yang berubah</label>
      </p>
      {changes.some(isChange) ? null : <p>Kedua versi sama, {unit} demi {unit}.</p>}
      <ol class="compare-list">
        {changes.map((change) => (
          <ChangeItem key={`${change.kind}-${change.id}`} change={change} before={before} after={after} unit={unit} />
        ))}
      </ol>
    </div>
  );
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

function ChangeItem({ change, before, after, unit }: { change: ClauseChange; unit: string } & Pick<CompareViewProps, 'before' | 'after'>) {
  const clause = change.after ?? change.before!;
  const title = change.headingDiff ? <Words parts={change.headingDiff} /> : clauseTitle(clause.heading);
  return (
    <li class={`compare-item compare-${change.kind}${isChange(change) ? '' : ' compare-same'}`}>
      <p class="compare-tags">
        <span class="tag">{kindLabel[change.kind]}</span>
        {change.moved && <span class="tag">Dipindahkan</span>}
        {change.renumbered && (
          <span class="tag">
            Nomor: {change.before!.number || 'tanpa nomor'} → {change.after!.number || 'tanpa nomor'}
          </span>
        )}
      </p>
      <h3 class={`compare-heading depth-${clause.depth}`}>
        {clause.number && <span class="compare-number">{clause.number} — </span>}
        {title}
      </h3>
      <div class="compare-text">
        {change.kind === 'changed' && <Words parts={change.textDiff!} />}
        {change.kind === 'added' && clause.text && <Marked tag="ins" text={clause.text} />}
        {change.kind === 'removed' && clause.text && <Marked tag="del" text={clause.text} />}
        {change.kind === 'unchanged' && clause.text}
      </div>
      <p class="compare-links">
        {change.before && <a href={`${before.href}#${change.id}`}>{capitalised(unit)} ini di versi {before.version}</a>}
        {change.before && change.after && ' · '}
        {change.after && <a href={`${after.href}#${change.id}`}>{capitalised(unit)} ini di versi {after.version}</a>}
      </p>
    </li>
  );
}

/** Words of a word-level diff: removals in <del>, additions in <ins>, each also named in words for screen readers. */
export function Words({ parts }: { parts: readonly WordPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.change === 'added' ? (
          <Marked key={i} tag="ins" text={part.text} />
        ) : part.change === 'removed' ? (
          <Marked key={i} tag="del" text={part.text} />
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export function Marked({ tag, text }: { tag: 'ins' | 'del'; text: string }) {
  const Tag = tag;
  return (
    <Tag>
      <span class="sr-only">[{tag === 'ins' ? 'ditambahkan' : 'dihapus'}: </span>
      {text}
      <span class="sr-only">]</span>
    </Tag>
  );
}
