import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { clausesOf } from '../../src/lib/documents/clauses';
import { currentVersion } from '../../src/lib/documents/versions';
import type { Status } from '../../src/schemas/document';

// One rule for whose consent counts, said in every document a person acts on: the parent's or guardian's consent
// (UU 27/2022 Pasal 25), the child's own assent by age and maturity, KPAI's basis when a third party complains
// (UU 35/2014 Pasal 76 huruf d), no asking a parent suspected of the harm, and the only two ways to share without
// consent. A document that drops one of these no longer says the same thing as the others.
const documents = join(import.meta.dirname, '../../src/content/documents');

/** The text of one clause in a document's current version. */
function currentClause(doc: string, clauseId: string): { version: string; text: string } {
  const versions = readdirSync(join(documents, doc))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = readFileSync(join(documents, doc, f), 'utf8');
      const [, frontmatter = '', body = ''] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
      const { version, status } = parse(frontmatter) as { version: string; status: Status };
      return { version, status, body };
    });
  const current = currentVersion(versions)!;
  const clause = clausesOf(current.body).find((c) => c.id === clauseId);
  return { version: current.version, text: clause?.text ?? '' };
}

const rule: [string, RegExp][] = [
  ['persetujuan orang tua atau wali', /orang tua atau wali/i],
  ['dasar hukumnya: Pasal 25 Undang-Undang Nomor 27 Tahun 2022', /Pasal 25 Undang-Undang Nomor 27 Tahun 2022/],
  ['kesediaan Anak sesuai usia dan kematangannya', /kesediaan[\s\S]*usia dan kematangan/i],
  ['dasar KPAI bila pengadu pihak ketiga: Pasal 76 huruf d', /Pasal 76 huruf d/],
  ['persetujuan pengadu pihak ketiga hanya untuk datanya sendiri', /data (?:Anda|dirinya) sendiri/i],
  ['tidak meminta persetujuan orang tua atau wali yang diduga pelaku', /diduga (?:sebagai (?:Teradu|pelaku)|menyakiti)/i],
  ['tanpa persetujuan hanya untuk mencegah bahaya serius', /bahaya serius/i],
  ['atau dalam laporan kepada pihak berwajib (Pasal 76 huruf g)', /Pasal 76 huruf g/],
  ['persetujuan dapat ditarik', /ditarik/i],
];

describe('one consent rule, said in the SOP, the Panduan Rujukan, the Kode Etik, the complaint guide and the consultation guide', () => {
  const clauses: [doc: string, clause: string][] = [
    ['sop-pengaduan', 'persetujuan'],
    ['panduan-rujukan', 'persetujuan-rujukan'],
    ['kode-etik', 'persetujuan'],
    ['panduan-pengaduan', 'persetujuan'],
    ['panduan-konsultasi', 'persetujuan'],
  ];
  for (const [doc, clause] of clauses) {
    it(`${doc}: the current version's clause #${clause} says every part of the rule`, () => {
      const { version, text } = currentClause(doc, clause);
      expect(text, `${doc} ${version} has no clause #${clause}`).not.toBe('');
      const missing = rule.filter(([, pattern]) => !pattern.test(text)).map(([part]) => part);
      expect(missing, `${doc} ${version} #${clause}`).toEqual([]);
    });
  }
});
