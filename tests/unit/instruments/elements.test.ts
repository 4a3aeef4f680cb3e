import { describe, expect, it } from 'vitest';
import { elementsOf, requiredParts } from '../../../src/lib/instruments/elements';
import { sop02 } from './load';

const source = `
(1) Petugas melakukan langkah berikut:

<Steps>

1. **Tanyakan.** Tanyakan keselamatan.
2. **Catat.** Catat [jawabannya](#catatan).

</Steps>

(2) Lembar memuat:

| Unsur | Isi |
| --- | --- |
| Anak | inisial dan usia |
| Langkah sebelumnya | lembaga yang dihubungi |

(3) Penilaian meliputi:

a. urgensi;

b. kebutuhan.

1. bukan langkah, sebuah angka
`;

describe('elementsOf', () => {
  const elements = elementsOf(source);

  it('reads ayat, steps, table rows and letters, each under its ayat', () => {
    expect(elements.map((e) => [e.id, e.label, e.parent ?? ''])).toEqual([
      ['1', 'ayat (1)', ''],
      ['1.1', 'ayat (1) langkah 1', '1'],
      ['1.2', 'ayat (1) langkah 2', '1'],
      ['2', 'ayat (2)', ''],
      ['2.anak', 'ayat (2) unsur “Anak”', '2'],
      ['2.langkah-sebelumnya', 'ayat (2) unsur “Langkah sebelumnya”', '2'],
      ['3', 'ayat (3)', ''],
      ['3.a', 'ayat (3) huruf a', '3'],
      ['3.b', 'ayat (3) huruf b', '3'],
      ['3.1', 'ayat (3) angka 1', '3'],
    ]);
  });

  it('keeps the words a reader sees, and the Markdown for the links in them', () => {
    const step = elements.find((e) => e.id === '1.2')!;
    expect(step.text).toBe('Catat. Catat jawabannya.');
    expect(step.source).toContain('](#catatan)');
    expect(elements.find((e) => e.id === '2.anak')?.cells).toEqual({ Unsur: 'Anak', Isi: 'inisial dan usia' });
  });

  it('asks for the items of an element that has them, the element itself otherwise, and every leaf without one', () => {
    expect(requiredParts(elements, '2').map((e) => e.id)).toEqual(['2.anak', '2.langkah-sebelumnya']);
    expect(requiredParts(elements, '1.2').map((e) => e.id)).toEqual(['1.2']);
    expect(requiredParts(elements, '9')).toEqual([]);
    expect(requiredParts(elements).map((e) => e.id)).toEqual(['1.1', '1.2', '2.anak', '2.langkah-sebelumnya', '3.a', '3.b', '3.1']);
  });

  it('reads the SOP’s lembar penerimaan: the ten rows of Pasal 12 ayat (2)', () => {
    expect(requiredParts(sop02.elements('pencatatan-registrasi'), '2').map((e) => e.id.split('.')[1])).toEqual([
      'penerimaan', 'pengadu', 'anak', 'teradu', 'kronologi', 'bukti', 'langkah-sebelumnya', 'kebutuhan-mendesak', 'langkah-keselamatan', 'persetujuan',
    ]);
  });
});

describe('a quotation', () => {
  it('belongs to the element that introduces it, as words to say', () => {
    const [script] = elementsOf('(2) Kepada orang tua atau wali, Petugas menyampaikan:\n\n> Saya [nama], petugas **KPAI**.\n> Apakah Anda setuju?');
    expect(script).toMatchObject({ id: '2', text: 'Kepada orang tua atau wali, Petugas menyampaikan: Saya [nama], petugas KPAI. Apakah Anda setuju?' });
  });
});
