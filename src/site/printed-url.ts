import { href } from './href';

/**
 * The address printed on a form: the permanent URL when the site's address is configured (SITE_URL), else none,
 * so a form printed from a local build never carries a local address.
 */
export function printedUrl(path: string, site: string | undefined = process.env.SITE_URL): string | undefined {
  return site ? new URL(href(path), site).href : undefined;
}
