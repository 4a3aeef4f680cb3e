/**
 * Read aloud ("Bacakan") with the browser's own speech synthesis: the words never leave the device. These are the
 * parts that decide what is read and in which voice; src/scripts/read-aloud.ts wires them to the buttons.
 */

/** The voice to read Indonesian with: an id-ID voice where the device has one, else any Indonesian voice. */
export function pickVoice<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  const lang = (v: V) => v.lang.replace('_', '-').toLowerCase();
  return voices.find((v) => lang(v) === 'id-id') ?? voices.find((v) => lang(v).startsWith('id'));
}

/** Elements whose end is a pause when read aloud, though their text may not end with a full stop. */
const PAUSES = 'h1, h2, h3, h4, p, li, legend, label, dt, dd, summary, strong';

/**
 * What a part of the page says, as one text to read: its words in order, a pause after each heading, item and
 * label, without buttons (the read-aloud button itself, copy and print) and without what is marked
 * `data-bacakan-lewati` (sources, clause links).
 */
export function speakableText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll('[data-bacakan-lewati], button, [hidden], script, style')) skip.remove();
  for (const el of copy.querySelectorAll(PAUSES)) el.append('. ');
  return (copy.textContent ?? '')
    .replace(/\s+/g, ' ')
    .replace(/([.?!:;,])(\s*\.)+/g, '$1')
    .replace(/\s+([.?!:;,])/g, '$1')
    .replace(/^[\s.]+/, '')
    .trim();
}
