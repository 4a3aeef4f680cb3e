import { permanentUrl } from '../lib/permanent-url';

/** Puts a site path (from `src/lib/paths.ts`) under the configured base path. */
export function href(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}

/**
 * The permanent URL of a site path, for print and citations, from the deployment's SITE_URL only — not from
 * Astro's `site`, which falls back to the local preview address so that local builds and tests work. Undefined
 * when no SITE_URL is configured: then nothing prints an address.
 */
export function permanentSiteUrl(path: string): string | undefined {
  return permanentUrl(path, process.env.SITE_URL, import.meta.env.BASE_URL);
}
