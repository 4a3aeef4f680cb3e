/** A built page as the link check sees it: its site path, the ids it has, the links it makes. */
export interface PageLinks {
  /** Path from the site's origin, e.g. `/dokumen/sop-pengaduan/`; `/404.html` for the 404 page. */
  path: string;
  ids: ReadonlySet<string>;
  hrefs: readonly string[];
  /** Where a redirect page sends the reader (its `<meta http-equiv="refresh">`), if it is one. */
  redirect?: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Finds links within the site that lead nowhere: to a page that was not built, or to an id the page does
 * not have. Links to other sites, phone numbers and e-mail are not followed. `assets` lists other files
 * that exist (stylesheets, icons). Paths are compared with and without their trailing slash. A link to a
 * redirect page is followed to where it sends the reader, and its clause is looked for there.
 */
export function brokenLinks(pages: readonly PageLinks[], assets: ReadonlySet<string> = new Set()): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const find = (pathname: string) => byPath.get(pathname) ?? byPath.get(`${pathname}/`);
  // A redirect is followed a few steps at most, so two pages that send the reader to each other end the search.
  const landing = (page: PageLinks) => {
    let at = page;
    for (let hops = 0; at.redirect && hops < 5; hops++) {
      const next = find(new URL(at.redirect, `http://site${at.path}`).pathname);
      if (!next) break;
      at = next;
    }
    return at;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href === '#') continue;
      const { pathname, hash } = resolve(href, page.path);
      const found = find(pathname);
      if (!found) {
        if (!assets.has(pathname)) broken.push({ page: page.path, href, reason: `halaman ${pathname} tidak ada` });
        continue;
      }
      const fragment = decodeFragment(hash);
      const target = fragment ? landing(found) : found;
      if (fragment && !target.ids.has(fragment)) {
        broken.push({ page: page.path, href, reason: `bagian #${fragment} tidak ada di ${target.path}` });
      }
    }
  }
  return broken;
}

/**
 * Where a link leads, as a path and a fragment (with its '#'). Most links in the site are a clause on the same
 * page or a plain path from the root, read here without parsing a URL (a thousand documents make a hundred
 * thousand links); anything else (relative, with a query, dots or escapes) goes through the URL parser.
 */
function resolve(href: string, from: string): { pathname: string; hash: string } {
  const cut = href.indexOf('#');
  const path = cut < 0 ? href : href.slice(0, cut);
  const hash = cut < 0 ? '' : href.slice(cut);
  if (path === '') return { pathname: from, hash };
  if (path.startsWith('/') && !/[?%\\]|\/\.\.?(\/|$)/.test(path)) return { pathname: path, hash };
  const url = new URL(href, `http://site${from}`);
  return { pathname: url.pathname, hash: url.hash };
}

function decodeFragment(hash: string): string {
  if (!hash.includes('%')) return hash.slice(1);
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** The ids and hrefs of one page of generated HTML. */
export function readPageLinks(path: string, html: string): PageLinks {
  const unescape = (value: string) => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (m) => ENTITIES[m] ?? m);
  // What scripts contain is not markup: matches inside them are skipped (without copying the page to cut them out).
  const scripts = [...html.matchAll(/<script[\s\S]*?<\/script>/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const read = (pattern: RegExp) =>
    [...html.matchAll(pattern)].filter((m) => !scripts.some(([from, to]) => m.index >= from && m.index < to)).map((m) => unescape(m[1]!));
  const [redirect] = read(/<meta http-equiv="refresh" content="\d+;\s*url=([^"]*)"/gi);
  return {
    path,
    ids: new Set(read(/\sid="([^"]*)"/g)),
    hrefs: read(/<a\s[^>]*?href="([^"]*)"/g),
    ...(redirect ? { redirect } : {}),
  };
}
