/** Puts a site path (from `src/lib/paths.ts`) under the configured base path. */
export function href(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}

/** The absolute URL of a site path, for print and citations; the path alone when no site URL is set. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(href(path), site).href : href(path);
}
