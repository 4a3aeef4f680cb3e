import { escapeHtml } from '../documents/decorate-clauses';

/** What the margins of every page of a version's PDF of record say. */
export interface RecordStamp {
  /** "SOP-PGD · Standar Operasional Prosedur … · versi 0.2". */
  stamp: string;
  /** "Draf tertanggal 24 November 2026. Belum disahkan dan belum berlaku." */
  status: string;
  /** The version's permanent URL: only when the deployment has one (SITE_URL), never a local address. */
  url?: string;
}

/** The notice every page of every PDF carries: the documents are drafts from public sources. */
export const DRAFT_NOTICE = 'Draf dari sumber publik, bukan naskah resmi atau keputusan KPAI';

const line = (style: string, html: string) =>
  `<div style="width:100%;margin:0 12mm;font:8pt/1.3 sans-serif;color:#000;-webkit-print-color-adjust:exact;${style}">${html}</div>`;

/**
 * Chromium's header and footer templates for a PDF of record: the draft notice and the version's stamp and status
 * at the top of every page, its permanent URL (when there is one) and the page number at the bottom.
 *
 * @example recordTemplates({ stamp: 'SOP-PGD versi 0.2', status: 'Draf tertanggal …' }).footer.includes('127.0.0.1') // false
 */
export function recordTemplates({ stamp, status, url }: RecordStamp): { header: string; footer: string } {
  return {
    header: line('display:flex;justify-content:space-between;gap:4mm', `<strong>${escapeHtml(DRAFT_NOTICE)}</strong><span>${escapeHtml(stamp)} · ${escapeHtml(status)}</span>`),
    footer: line(
      'display:flex;justify-content:space-between;gap:4mm',
      `<span>${url ? escapeHtml(url) : ''}</span><span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span>`,
    ),
  };
}
