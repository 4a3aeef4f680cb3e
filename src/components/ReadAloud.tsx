// The "Bacakan" button: reads the element with id `target` aloud (src/scripts/read-aloud.ts, loaded on every page
// with the emergency strip). Hidden by the stylesheet until that script finds a voice on the device. Rendered as
// static HTML by Astro pages and by the islands alike.
interface Props {
  /** The id of the part of the page to read. */
  target: string;
  /** What is read, for screen readers: "Bacakan pertanyaan ini". */
  what: string;
}

export function ReadAloud({ target, what }: Props) {
  return (
    <button type="button" class="read-aloud" data-bacakan={target} aria-pressed="false">
      Bacakan<span class="sr-only"> {what}</span>
    </button>
  );
}
