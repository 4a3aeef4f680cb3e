// Types for the benchmark's page weighing, which the byte-budget tests share.
export interface Size {
  raw: number;
  gzip: number;
}
export function pageWeight(dist: string, base: string, htmlFile: string): { html: Size; css: Size; js: Size; jsFiles: number; words?: number };
export function scriptClosure(dist: string, base: string, entry: string, seen: Set<string>): void;
/** JavaScript a page's islands load later, on demand (dynamic imports), less what the page loaded already. */
export function onDemandWeight(dist: string, base: string, htmlFile: string): Size;
