// The promise to a child: what stays secret and when an adult must be told, each line citing the draft guide that
// says so, and marked as a draft. Rendered as static HTML by the child-mode page (without JavaScript too) and by
// its island, on the start page and under the result.
import type { ChildModeData } from '../schemas/screening';

interface Props {
  promise: ChildModeData['promise'];
  clauseLabels: Readonly<Record<string, string>>;
  base: string;
  level: 2 | 3;
}

export function ChildPromise({ promise, clauseLabels, base, level }: Props) {
  const Heading = `h${level}` as const;
  return (
    <section class="child-promise" aria-labelledby="janji-judul">
      <Heading id="janji-judul">{promise.title}</Heading>
      <ul>
        {promise.items.map((item) => (
          <li key={item.text}>
            {item.text}{' '}
            <span class="hint" data-bacakan-lewati>
              (Dasar: <a href={`${base}${item.clause.slice(1)}`}>{clauseLabels[item.clause] ?? item.clause}</a>)
            </span>
          </li>
        ))}
      </ul>
      <p class="draft-note">Janji ini berasal dari panduan draf yang disusun dari sumber publik. Panduan itu belum disahkan KPAI.</p>
    </section>
  );
}
