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
      const url = new URL(href, `http://site${page.path}`);
      const found = find(url.pathname);
      if (!found) {
        if (!assets.has(url.pathname)) broken.push({ page: page.path, href, reason: `halaman ${url.pathname} tidak ada` });
        continue;
      }
      const fragment = decodeFragment(url.hash);
      const target = fragment ? landing(found) : found;
      if (fragment && !target.ids.has(fragment)) {
        broken.push({ page: page.path, href, reason: `bagian #${fragment} tidak ada di ${target.path}` });
      }
    }
  }
  return broken;
}

function decodeFragment(hash: string): string {
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
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/g, '');
  const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]*)"/i.exec(withoutScripts);
  return {
    path,
    ids: new Set([...withoutScripts.matchAll(/\sid="([^"]*)"/g)].map((m) => unescape(m[1]!))),
    hrefs: [...withoutScripts.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => unescape(m[1]!)),
    ...(refresh ? { redirect: unescape(refresh[1]!) } : {}),
  };
}
