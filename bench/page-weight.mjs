// Bytes a browser fetches for one built page: the HTML, its stylesheets and its scripts (following static
// imports between JS chunks, and the code an island loads when it hydrates). Raw and gzip.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text).length;
const size = (text) => ({ raw: Buffer.byteLength(text), gzip: gz(text) });

/** Resolves a URL found in a page (absolute-path under the base, or relative) to a file in dist. */
function fileFor(dist, base, fromFile, url) {
  if (/^[a-z]+:/i.test(url)) return undefined; // another origin: none should exist, and it is not ours to weigh
  const path = url.split(/[?#]/)[0];
  if (path.startsWith('/')) return join(dist, path.slice(base.length - 1));
  return join(dirname(fromFile), path);
}

export function scriptClosure(dist, base, entry, seen) {
  if (seen.has(entry) || !existsSync(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+\.m?js)["']/g)) {
    scriptClosure(dist, base, fileFor(dist, base, entry, spec), seen);
  }
}

/**
 * JavaScript a page's islands load later, on demand: the files they import dynamically (`import("./x.js")`) and
 * what those import in turn, less what the page loaded already. (The search opener's own on-demand code is
 * weighed by the search budget.) Raw and gzip, for budgets on what a tool adds when it is used.
 */
export function onDemandWeight(dist, base, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const loaded = new Set();
  const islands = new Set();
  for (const [, url] of html.matchAll(/(?:<script[^>]+src|renderer-url)="([^"]+)"/g)) scriptClosure(dist, base, fileFor(dist, base, htmlFile, url), loaded);
  for (const [, url] of html.matchAll(/component-url="([^"]+)"/g)) scriptClosure(dist, base, fileFor(dist, base, htmlFile, url), islands);
  const later = new Set();
  for (const file of islands) {
    loaded.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/import\(\s*[`'"]([^`'"]+\.m?js)[`'"]\s*\)/g)) scriptClosure(dist, base, fileFor(dist, base, file, spec), later);
  }
  const extra = [...later].filter((f) => !loaded.has(f)).map((f) => readFileSync(f, 'utf8'));
  return extra.length ? size(extra.join('\n')) : { raw: 0, gzip: 0 };
}

export function pageWeight(dist, base, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const css = [];
  const js = [];
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = fileFor(dist, base, htmlFile, href);
    if (file && existsSync(file)) css.push(readFileSync(file, 'utf8'));
  }
  for (const [, style] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css.push(style);
  const scripts = new Set();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) scriptClosure(dist, base, fileFor(dist, base, htmlFile, src), scripts);
  for (const [, url] of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) scriptClosure(dist, base, fileFor(dist, base, htmlFile, url), scripts);
  for (const file of scripts) js.push(readFileSync(file, 'utf8'));
  for (const [, inline] of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    if (inline.trim()) js.push(inline);
  }
  const join2 = (parts) => parts.join('\n');
  return {
    html: size(html),
    css: size(join2(css)),
    js: size(join2(js)),
    jsFiles: js.length,
    words: html.includes('class="prose doc-body"') ? countWords(html.split('class="prose doc-body"')[1]) : undefined,
  };
}

function countWords(htmlFragment) {
  return htmlFragment.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
