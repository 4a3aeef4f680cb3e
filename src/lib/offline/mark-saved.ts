import { formatDate } from '../format-date';

/**
 * A saved page as the offline worker hands it out: its "Baca tanpa internet" line says it is saved, since when,
 * and where to remove it — so the state is visible on every saved page without any script on the page. Pages
 * without the line are returned as they are.
 *
 * @example markSaved('<p data-offline-state>Simpan …</p>', '2026-12-05', '/').includes('Tersimpan') // true
 */
export function markSaved(html: string, built: string, base: string): string {
  return html.replace(
    /<p data-offline-state>[\s\S]*?<\/p>/,
    `<p data-offline-state class="offline-saved"><strong>Tersimpan di peramban ini:</strong> halaman ini terbuka juga tanpa internet (simpanan situs per ${formatDate(built)}, diperbarui sendiri saat ada internet). <a href="${base}luring/">Kelola atau hapus simpanan</a></p>`,
  );
}
