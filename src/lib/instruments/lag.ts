import { currentVersion, type VersionLike } from '../documents/versions';

/**
 * Whether the instruments lag the SOP: when the SOP's current version has no instrument yet, the build says so
 * (a warning, not an error: the SOP may land first, and /instrumen/ keeps showing the last version's forms).
 *
 * @example instrumentLag([{ version: '0.3', status: 'draf' }, …], ['0.2']) // 'SOP versi 0.3 belum punya instrumen; …'
 */
export function instrumentLag(sopVersions: readonly VersionLike[], instrumentVersions: readonly string[]): string | undefined {
  const current = currentVersion(sopVersions)?.version;
  if (!current || instrumentVersions.length === 0 || instrumentVersions.includes(current)) return undefined;
  return `SOP Layanan Pengaduan versi ${current} belum punya instrumen; /instrumen/ masih menampilkan formulir untuk versi ${[...new Set(instrumentVersions)].sort().at(-1)}. Salin berkas instrumen ke src/content/instruments/<id>/${current}.yaml dan sesuaikan dengan Pasal 30 versi ${current}.`;
}
