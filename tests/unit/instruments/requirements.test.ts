import { describe, expect, it } from 'vitest';
import { referencesIn, requirementsOf } from '../../../src/lib/instruments/requirements';
import { sop02, texts } from './load';

const versionOf = (doc: string) => ({ 'panduan-rujukan': '0.2', 'panduan-pengawasan': '0.1', 'panduan-konsultasi': '0.1' } as Record<string, string>)[doc];
const required = (row: string) =>
  requirementsOf(sop02, 'instrumen-dokumentasi', `1.${row}`, (doc) => texts.get(doc)?.get(versionOf(doc) ?? ''));

describe('referencesIn', () => {
  it('reads references by number, with ayat and item, and links to clauses of other documents', () => {
    expect(referencesIn('unsur dalam Pasal 12 ayat (2), lalu Pasal 28 ayat (2) langkah 2, Pasal 9, dan [isi](/dokumen/panduan-rujukan/0.2/#isi-catatan-rujukan)')).toEqual([
      { text: '[isi](/dokumen/panduan-rujukan/0.2/#isi-catatan-rujukan)', doc: 'panduan-rujukan', clause: 'isi-catatan-rujukan' },
      { text: 'Pasal 12 ayat (2)', number: 'Pasal 12', element: '2' },
      { text: 'Pasal 28 ayat (2) langkah 2', number: 'Pasal 28', element: '2.2' },
      { text: 'Pasal 9', number: 'Pasal 9' },
    ]);
  });
});

describe('what SOP 0.2 Pasal 30 says each instrument must record', () => {
  it('lembar penerimaan: its row and the ten elements of Pasal 12 ayat (2)', () => {
    const { required: r, problems } = required('lembar-penerimaan');
    expect(problems).toEqual([]);
    expect(r.map((x) => `${x.clause}#${x.element.id}`)).toEqual([
      'instrumen-dokumentasi#1.lembar-penerimaan',
      ...['penerimaan', 'pengadu', 'anak', 'teradu', 'kronologi', 'bukti', 'langkah-sebelumnya', 'kebutuhan-mendesak', 'langkah-keselamatan', 'persetujuan'].map((u) => `pencatatan-registrasi#2.${u}`),
    ]);
  });

  it('lembar terminasi: step 2 of Pasal 28 ayat (2)', () => {
    expect(required('lembar-terminasi').required.map((x) => `${x.clause}#${x.element.id}`)).toEqual(['instrumen-dokumentasi#1.lembar-terminasi', 'terminasi#2.2']);
  });

  it('surat and catatan rujukan: the eighteen elements of the Panduan Rujukan’s referral record, in its version', () => {
    const r = required('surat-rujukan-dan-catatan-rujukan').required.filter((x) => x.doc === 'panduan-rujukan');
    expect(r).toHaveLength(18);
    expect(new Set(r.map((x) => x.version))).toEqual(new Set(['0.2']));
  });

  it('says so when a reference points to another document whose version is not given', () => {
    const { problems } = requirementsOf(sop02, 'instrumen-dokumentasi', '1.catatan-konsultasi', () => undefined);
    expect(problems).toEqual(['SOP 0.2 merujuk "[catatan konsultasi](/dokumen/panduan-konsultasi/#catatan-konsultasi)" untuk instrumen ini; sebutkan versi dokumen "panduan-konsultasi" di "documents"']);
  });
});
