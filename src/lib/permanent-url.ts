/**
 * The permanent address of a site path, for print and citations: the path under the deployment's own URL
 * (`SITE_URL`, with `BASE_PATH`). With no deployment URL configured there is no permanent address, and
 * nothing is returned — a local preview's address (http://127.0.0.1:…) must never end up on paper.
 *
 * @example permanentUrl('dokumen/sop-pengaduan/0.2/', 'https://pedoman.example.id', '/') // 'https://pedoman.example.id/dokumen/sop-pengaduan/0.2/'
 * @example permanentUrl('dokumen/sop-pengaduan/0.2/', undefined, '/') // undefined
 */
export function permanentUrl(path: string, siteUrl: string | undefined, base = '/'): string | undefined {
  if (!siteUrl?.trim()) return undefined;
  const root = new URL(siteUrl.trim());
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(`${prefix}${path.replace(/^\/+/, '')}`, root).href;
}
