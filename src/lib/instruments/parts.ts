import type { InstrumentView } from './view';

/** One printed part of a form, as a form of its own: what a tool prints when only the letter is wanted. */
export function partOf(view: InstrumentView, title: string): InstrumentView {
  return { ...view, parts: view.parts.filter((p) => p.title === title) };
}
