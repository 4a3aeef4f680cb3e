import { describe, expect, it } from 'vitest';
import { eligibilityLinks, eligibilityProblems } from '../../../src/lib/eligibility/check-data';
import { describeCondition, formsInRuleOrder, levelInWords } from '../../../src/lib/eligibility/describe';
import { data } from './data';

// The fixture tests/fixtures/content/broken-eligibility covers unknown ids end to end (tests/content); these are the
// rules that keep the data readable as the guideline says.
describe('eligibility data checks', () => {
  it('find nothing wrong in the real data, and list every clause it cites', () => {
    expect(eligibilityProblems(data)).toEqual([]);
    const links = eligibilityLinks(data);
    expect(links.filter((l) => !l.inGuideline).every((l) => l.href.startsWith('/dokumen/kode-etik/#'))).toBe(true);
    expect(links.some((l) => l.field === 'agreements.pks.perselisihan.cites[0]')).toBe(true);
  });

  it('refuse a "sudah" answer that does not meet a criterion, or a met answer that is not "sudah"', () => {
    const broken = structuredClone(data);
    broken.criteria[0]!.choices[1]!.result = 'terpenuhi';
    expect(eligibilityProblems(broken)).toEqual([
      { field: 'legalitas.choices[1]', reason: 'hanya kesiapan "sudah" yang memenuhi kriteria ("terpenuhi"): sampai buktinya ada, kriteria belum terpenuhi (Pedoman Kemitraan Pasal 10 ayat (4))' },
    ]);
  });

  it('refuse ids the share link or the steps already use', () => {
    const broken = structuredClone(data);
    broken.plan[0]!.id = 'tujuan';
    broken.themes[0]!.id = 'hasil';
    broken.criteria.filter((c) => c.theme === 'dasar').forEach((c) => (c.theme = 'hasil'));
    expect(eligibilityProblems(broken).map((p) => p.field)).toEqual(expect.arrayContaining(['tujuan', 'themes.hasil', 'formRules[3].when.anyYes']));
  });
});

describe('rules in words, for the page without JavaScript', () => {
  it('describes each form rule in the order it is tried, the default last', () => {
    expect(formsInRuleOrder(data).map((f) => [f.form.id, f.when])).toEqual([
      ['daerah', 'lembaga Anda adalah pemerintah daerah atau perangkat daerah'],
      ['pks-perbaikan', 'hasil penilaiannya "memenuhi dengan catatan"'],
      ['mou-pimpinan', 'kerja samanya melibatkan beberapa unit di lembaga Anda'],
      ['pks', 'kegiatannya sudah jelas, atau kegiatannya melibatkan kontak langsung dengan anak, atau kegiatannya melibatkan pertukaran atau akses ke data anak, atau ada pembiayaan bersama atau dana pihak ketiga'],
      ['mou-lalu-pks', undefined],
    ]);
    expect(levelInWords(data, data.criteria.find((c) => c.id === 'personel')!)).toBe(
      'wajib bila kegiatannya melibatkan kontak langsung dengan anak, atau kegiatannya melibatkan pertukaran atau akses ke data anak; dianjurkan bila tidak',
    );
    expect(describeCondition(data, { kinds: ['dunia-usaha'], noneYes: ['pembiayaan'] })).toBe(
      'lembaga Anda adalah dunia usaha, termasuk perusahaan media; dan tidak ada yang berlaku dari: ada pembiayaan bersama atau dana pihak ketiga',
    );
  });
});
