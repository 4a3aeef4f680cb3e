// The start of child mode: who it is for, what will happen, the promise of what stays secret, and the button to
// begin.
import type { RefObject } from 'preact';
import type { ChildModeData } from '../../../schemas/screening';
import { ChildPromise } from '../../ChildPromise';
import { ReadAloud } from '../../ReadAloud';

interface Props {
  child: ChildModeData;
  clauseLabels: Readonly<Record<string, string>>;
  base: string;
  heading: RefObject<HTMLHeadingElement>;
  ready: boolean;
  begin: () => void;
}

export function StartPage({ child, clauseLabels, base, heading, ready, begin }: Props) {
  return (
    <div id="mulai-isi">
      <h1 ref={heading} tabIndex={-1}>
        {child.title}: siapa yang bisa menolongmu
      </h1>
      <ReadAloud target="mulai-isi" what="halaman ini" />
      {child.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <ChildPromise promise={child.promise} clauseLabels={clauseLabels} base={base} level={2} />
      <p>
        <button type="button" onClick={begin} disabled={!ready}>
          Mulai
        </button>
      </p>
    </div>
  );
}
