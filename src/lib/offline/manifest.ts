/** One file the offline worker keeps: its address under the site and a revision that changes with its bytes. */
export interface PrecacheEntry {
  url: string;
  revision: string;
}

const REFERENCES = [
  /<link[^>]+href="([^"]+)"/g,
  /<script[^>]+src="([^"]+)"/g,
  /(?:component-url|renderer-url)="([^"]+)"/g,
];
const IMPORTS = /(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+\.m?js)["']|import\(\s*[`'"]([^`'"]+\.m?js)[`'"]\s*\)/g;

/**
 * Everything a set of pages needs to be read without a connection: each page (`dokumen/x/` → its index.html),
 * the stylesheets, icons and scripts it links, and the scripts those import, at once or on demand. Only files of
 * this site (an address with a scheme is another site's and is left out). `read` gives a file of the build by
 * its path below the build folder, or undefined; `revision` fingerprints its bytes.
 *
 * @example offlineManifest(['kontak/'], read, '/', md5) // [{ url: '/kontak/', revision: '…' }, { url: '/_astro/x.css', … }]
 */
export function offlineManifest(pages: readonly string[], read: (file: string) => string | undefined, base: string, revision: (text: string) => string): PrecacheEntry[] {
  const entries = new Map<string, PrecacheEntry>();
  const fileOf = (url: string, from: string): string | undefined => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) || url.startsWith('#')) return undefined;
    const path = url.split(/[?#]/)[0]!;
    if (path.startsWith('/')) return path.startsWith(base) ? path.slice(base.length) : undefined;
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    const parts: string[] = [];
    for (const part of `${dir}${path}`.split('/')) part === '..' ? parts.pop() : part !== '.' && parts.push(part);
    return parts.join('/');
  };
  const add = (file: string, url: string) => {
    if (entries.has(url)) return;
    const text = read(file);
    if (text === undefined) return;
    entries.set(url, { url, revision: revision(text) });
    if (file.endsWith('.html')) {
      for (const pattern of REFERENCES) for (const [, ref] of text.matchAll(pattern)) visit(ref!, file);
    } else if (/\.m?js$/.test(file)) {
      for (const [, spec, dynamic] of text.matchAll(IMPORTS)) visit((spec ?? dynamic)!, file);
    }
  };
  const visit = (ref: string, from: string) => {
    const file = fileOf(ref, from);
    if (file && !file.endsWith('.xml')) add(file, `${base}${file}`);
  };
  for (const page of pages) add(`${page}index.html`, `${base}${page}`);
  return [...entries.values()];
}
