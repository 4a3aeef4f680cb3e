import type { Redirect } from './page-plan';

/**
 * What a redirect page runs: it sends the reader on at once and keeps the clause (#…) they asked for, which a
 * `<meta http-equiv="refresh">` cannot carry. Plain script, allowed by its hash in the page's own policy.
 */
export const REDIRECT_SCRIPT = "var a=document.querySelector('a[data-redirect]');if(a)location.replace(a.href+location.hash);";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

export interface RedirectPageParts {
  redirect: Redirect;
  /** Where the reader lands, as a link within the site (under the base path). */
  href: string;
  /** The same as an absolute URL, for search engines: only from the deployment's own URL, else none. */
  canonical?: string;
  /** The page's Content-Security-Policy; it must allow `REDIRECT_SCRIPT` by its hash. */
  policy: string;
}

/**
 * A small page for an address that is no longer a page of its own: it sends the reader on (with JavaScript,
 * keeping the #clause; without it, by a refresh inside `<noscript>`, so the two never race) and says where, in
 * words, with a link, for a browser that follows neither. A few hundred bytes instead of a second copy of a page.
 */
export function redirectPageHtml({ redirect, href, canonical, policy }: RedirectPageParts): string {
  const to = escape(href);
  return [
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(redirect.title)} — Pedoman KPAI</title>`,
    `<meta http-equiv="content-security-policy" content="${escape(policy)}">`,
    `<noscript><meta http-equiv="refresh" content="0; url=${to}"></noscript>`,
    '<meta name="robots" content="noindex">',
    canonical ? `<link rel="canonical" href="${escape(canonical)}">` : '',
    `</head><body><main><h1>${escape(redirect.title)}</h1><p>${escape(redirect.reason)}</p>`,
    `<p><a href="${to}" data-redirect>Buka ${escape(redirect.label)}</a></p></main>`,
    `<script>${REDIRECT_SCRIPT}</script></body></html>\n`,
  ].join('');
}
