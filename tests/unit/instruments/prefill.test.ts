import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { InstrumentSheet } from '../../../src/components/instruments/InstrumentSheet';
import { FormOffer } from '../../../src/components/instruments/FormOffer';
import { REFERRAL_LETTER, referralLetterValues } from '../../../src/lib/instruments/referral-letter';
import { intakeSummaryNote, intakeSummaryValues } from '../../../src/lib/instruments/intake-summary';
import { fieldsOf, partOf, viewOf, OTHER, type FormValues, type InstrumentView } from '../../../src/lib/instruments/view';
import { instrument, lists03 } from './load';

// The tools fill the current SOP version's forms (toolForms in src/site/instruments.ts): SOP 0.3.
const CURRENT = '0.3';

const footer = { rule: 'Instrumen yang dikirim ke luar KPAI memuat inisial Anak.', stamp: 'Surat Rujukan — versi 0.3', url: 'https://contoh.id/instrumen/surat-rujukan/0.3/' };
const letterView = partOf(viewOf(instrument('surat-rujukan', CURRENT), lists03, footer), REFERRAL_LETTER.part);
const intakeView = viewOf(instrument('lembar-penerimaan', CURRENT), lists03, footer);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Every value names a field of the form, and every chosen code is one of that field's choices. */
function fits(view: InstrumentView, values: FormValues) {
  const fields = new Map(fieldsOf(viewOf(instrument(view.id, CURRENT), lists03, footer)).map((f) => [f.id, f]));
  for (const [key, value] of Object.entries(values)) {
    const field = fields.get(key.replace(/:lainnya$/, ''));
    expect(field, `isian "${key}"`).toBeDefined();
    if (Array.isArray(value)) for (const code of value) expect([...(field!.options ?? []).map((o) => o.code), OTHER]).toContain(code);
  }
}

describe('the finder’s surat rujukan', () => {
  const values = referralLetterValues({
    destination: 'UPTD PPA Kota Bekasi',
    destinationRegion: 'Kota Bekasi, Jawa Barat',
    channel: { kind: 'whatsapp', value: '0811-0000-000', source: { title: 'Situs Pemkot Bekasi' }, sourceDate: '2024-03' },
    need: 'Anak membutuhkan pendampingan dan layanan psikologis.',
    basis: 'Panduan Rujukan, Pasal 7 — UPTD PPA',
    childRegency: 'Kota Bekasi',
    urgent: false,
    regionalServices: { uptdPpa: true, p2tp2a: false },
    today: '2026-11-30',
  });

  it('fills destination, its channel with the source and the date that source gives, and leaves the child to the officer', () => {
    expect(values).toEqual({
      'tujuan-lembaga': 'UPTD PPA Kota Bekasi',
      'tujuan-daerah': 'Kota Bekasi, Jawa Barat',
      'tujuan-kontak': 'WhatsApp 0811-0000-000 (sumber: Situs Pemkot Bekasi; tanggal sumber: Maret 2024)',
      'tanggal-rujukan': '2026-11-30',
      urgensi: ['biasa'],
      'kebutuhan-anak': 'Anak membutuhkan pendampingan dan layanan psikologis.',
      'anak-kabupaten-kota': 'Kota Bekasi',
      'dasar-rujukan': 'Panduan Rujukan, Pasal 7 — UPTD PPA',
      'keadaan-layanan-daerah': ['uptd-ppa'],
    });
    fits(letterView, values);
    expect(values['anak-inisial']).toBeUndefined();
  });

  it('marks a letter for a child in danger "segera", and a place without services as having neither', () => {
    const urgent = referralLetterValues({ destination: 'SAPA 129', need: 'Anak dalam bahaya.', urgent: true, regionalServices: { uptdPpa: false, p2tp2a: false }, today: '2026-11-30' });
    expect(urgent.urgensi).toEqual(['segera']);
    expect(urgent['keadaan-layanan-daerah']).toEqual(['belum-ada-keduanya']);
    fits(letterView, urgent);
  });

  it('prints as the letter alone: destination and contact written in, the initials rule, the version and address, blank lines for the rest', () => {
    const html = renderToString(h(InstrumentSheet, { view: letterView, values, filledFrom: 'Diisi dari jalur rujukan.' }));
    const words = text(html);
    expect(words).toContain('Surat Rujukan dan Catatan Rujukan Surat rujukan');
    expect(words).toContain('Kepada (lembaga tujuan) * UPTD PPA Kota Bekasi');
    expect(words).toContain('WhatsApp 0811-0000-000 (sumber: Situs Pemkot Bekasi; tanggal sumber: Maret 2024)');
    expect(words).toContain('30 November 2026');
    expect(words).toContain('Dikirim ke luar KPAI: tulis inisial Anak, bukan nama lengkap');
    expect(words).toContain('https://contoh.id/instrumen/surat-rujukan/0.3/');
    expect(words).not.toContain('Catatan rujukan');
    expect(html).toMatch(/<span class="box on" aria-hidden="true">✓<\/span><span class="sr-only">\(dicentang\)<\/span> Biasa/);
  });
});

describe('FormOffer', () => {
  it('offers the form behind a closed disclosure and loads nothing until it is opened', () => {
    let loads = 0;
    const html = renderToString(h(FormOffer, { name: 'surat rujukan', lead: 'Untuk petugas.', load: () => (loads++, Promise.resolve(() => null)) }));
    expect(html).toBe('<details class="prefilled"><summary>Lihat surat rujukan (siap cetak)</summary><p>Untuk petugas.</p><div aria-live="polite"></div></details>');
    expect(loads).toBe(0);
  });
});

describe('the pre-screening’s summary for staff, laid out like the lembar penerimaan', () => {
  const values = intakeSummaryValues({
    dangerNow: 'ya',
    age: '13 tahun',
    what: ['Dipukul atau disakiti secara fisik'],
    when: '2026-11-20',
    where: ['Di rumah'],
    who: ['Orang tua atau wali'],
    province: 'Jawa Barat',
    done: ['Belum menghubungi siapa pun'],
    disability: 'ya',
  });

  it('carries the answers into the lembar penerimaan’s own fields, and ticks safety when a child is in danger', () => {
    expect(values).toEqual({
      'anak-dalam-bahaya': ['ya'],
      jenis: ['pengaduan'],
      'kronologi-apa': 'Dipukul atau disakiti secara fisik',
      'kronologi-di-mana': 'Di rumah',
      'teradu-pihak': 'Orang tua atau wali',
      'langkah-sebelumnya': 'Belum menghubungi siapa pun',
      'kronologi-kapan': '20 November 2026',
      'anak-usia': '13 tahun',
      'anak-provinsi': 'Jawa Barat',
      'kebutuhan-mendesak': ['keselamatan'],
      'anak-disabilitas': [OTHER],
      'anak-disabilitas:lainnya': 'ada (jenisnya ditanyakan petugas)',
    });
    fits(intakeView, values);
  });

  it('prints the whole intake form with the answers in place and the rest blank', () => {
    const html = renderToString(h(InstrumentSheet, { view: intakeView, values, filledFrom: intakeSummaryNote('2026-11-30') }));
    const words = text(html);
    expect(words).toContain('Diisi dari jawaban cek pengaduan di Pedoman KPAI pada 30 November 2026');
    expect(words).toContain('Apa yang terjadi, menurut Pengadu * Dipukul atau disakiti secara fisik');
    expect(words).toContain('Pihak yang diadukan Orang tua atau wali');
    expect(words).toContain('Inisial Anak *');
    expect(html).toContain('<span class="f-line"></span>');
  });
});
