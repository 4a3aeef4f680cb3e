import type { SearchRequest } from './searcher';

/** Where to search: current versions (the default), every version, or the version being read. */
export type ScopeChoice = 'terkini' | 'semua' | 'versi';

export interface ScopeState {
  scope: ScopeChoice;
  /** For `versi`: the document, and its version (none: the current one). */
  version?: { document: string; label?: string };
}

/**
 * The version a reading page shows, from its path below the site's base: `dokumen/<doc>/` is the current
 * version, `dokumen/<doc>/<version>/` a fixed one. Any other page reads no version.
 *
 * @example versionRead('dokumen/sop-pengaduan/0.1/') // { document: 'sop-pengaduan', label: '0.1' }
 */
export function versionRead(path: string): ScopeState['version'] {
  const m = path.match(/^dokumen\/([a-z0-9-]+)\/(?:(\d+(?:\.\d+)*)\/)?$/);
  return m ? { document: m[1]!, ...(m[2] ? { label: m[2] } : {}) } : undefined;
}

/** The scope in /cari/'s address (`cakupan`, `dokumen`, `versi`); anything unreadable is the default. */
export function scopeFromParams(params: URLSearchParams): ScopeState {
  const scope = params.get('cakupan') ?? (params.get('semua') === '1' ? 'semua' : 'terkini');
  if (scope === 'semua') return { scope };
  const version = versionRead(`dokumen/${params.get('dokumen') ?? ''}/${params.get('versi') ? `${params.get('versi')}/` : ''}`);
  return scope === 'versi' && version ? { scope, version } : { scope: 'terkini' };
}

/** The same scope as address parameters, for the link from the dialog to /cari/. */
export function scopeParams({ scope, version }: ScopeState): string {
  if (scope === 'semua') return '&cakupan=semua';
  if (scope === 'versi' && version) return `&cakupan=versi&dokumen=${version.document}${version.label ? `&versi=${version.label}` : ''}`;
  return '';
}

export function searchRequest(query: string, { scope, version }: ScopeState, limit: number): SearchRequest {
  return { query, scope: scope === 'semua' ? 'semua' : 'terkini', ...(scope === 'versi' && version ? { version } : {}), limit };
}
