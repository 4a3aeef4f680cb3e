import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contact } from '../../../src/schemas/contact';
import { findPath } from '../../../src/lib/referral/find-path';
import { pathText } from '../../../src/lib/referral/summary';
import { place, rules } from './load';

const contacts = new Map(contact.array().parse(parse(readFileSync(join(import.meta.dirname, '../../../src/content/contacts.yaml'), 'utf8'))).map((c) => [c.id, c]));

describe('pathText: the path to copy into a message or a case file', () => {
  it('names the place and the situation, then each step with its reason and channels', async () => {
    const situation = { caseType: 'kekerasan', age: 'anak', flags: ['bahaya'] } as const;
    const where = await place('32.75');
    const text = pathText(rules, situation, where, findPath(rules, situation, where), contacts);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Jalur rujukan — Kota Bekasi, Jawa Barat',
      'Keadaan: Kekerasan fisik atau psikis; Korban di bawah 18 tahun saat kejadian; Anak dalam bahaya sekarang.',
    ]);
    expect(text).toContain('1. Hubungi Polisi 110 sekarang');
    expect(text).toContain('   Polisi 110: telepon 110');
    expect(text).toContain('   SAPA 129: telepon 129, whatsapp 08111-129-129');
    expect(text).toContain('   KPAD Kota Bekasi: alamat Jalan Serma Marzuki No. 10, Margajaya, Bekasi Selatan');
  });
});
