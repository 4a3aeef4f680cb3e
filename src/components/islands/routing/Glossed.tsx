// Text with its terms explained on first use: the term links to the glossary, and its expansion follows in
// brackets, so a child reading "UPTD PPA" is told what it is without leaving the page.
import type { Segment } from '../../../lib/routing/plain-words';

export function Glossed({ segments, base }: { segments: readonly Segment[]; base: string }) {
  return (
    <>
      {segments.map((s, i) =>
        typeof s === 'string' ? (
          s
        ) : (
          <span key={i}>
            <a href={`${base}istilah/#${s.gloss.id}`}>{s.text}</a>
            {s.gloss.expansion && s.gloss.expansion !== s.text && <> ({s.gloss.expansion})</>}
          </span>
        ),
      )}
    </>
  );
}
