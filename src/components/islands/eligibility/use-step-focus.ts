import { useEffect, useRef } from 'preact/hooks';
import type { HeadingRef } from './context';

/** Each new step (or view) moves focus to its heading and names it in the tab's title, so a screen reader starts reading it. */
export function useStepFocus(key: string, heading: HeadingRef) {
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    heading.current?.focus();
    document.title = `${heading.current?.textContent ?? ''} — Cek kelayakan mitra — Pedoman KPAI`;
  }, [key, heading.current]);
}
