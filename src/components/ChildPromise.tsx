// The promise to a child: what stays secret and when an adult must be told, each line citing the draft guide that
// says so, and marked as a draft. Rendered as static HTML by the child-mode page (without JavaScript too) and by
// its island, on the start page and under the result.
import type { ChildModeData } from '../schemas/screening';

interface Props {
  promise: ChildModeData['promise'];
  clauseLabels: Readonly<Record<string, string>>;
  base: string;
  level: 2 | 3;
  /**
   * The heading's id, and whether the promise is a landmark: the page's no-JavaScript copy takes another id and is
   * no landmark, so the page never has two alike.
   */
  headingId?: string;
  landmark?: boolean;
}

export function ChildPromise({ promise, clauseLabels, base, level, headingId = 'janji-judul', landmark = true }: Props) {
  const Heading = `h${level}` as const;
  const Wrapper = landmark ? 'section' : 'div';
  return (
    <Wrapper class="child-promise" aria-labelledby={landmark ? headingId : undefined}>
      <Heading id={headingId}>{promise.title}</Heading>
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
    </Wrapper>
  );
}
