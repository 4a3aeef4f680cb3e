// The real eligibility data, and complete answers for a kind of partner with some overridden, for the unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { eligibilityData } from '../../../src/schemas/eligibility';
import { applicableCriteria, type Answers } from '../../../src/lib/eligibility/assess';

export const data = eligibilityData.parse(parse(readFileSync(join(import.meta.dirname, '../../../src/content/tools/eligibility/criteria.yaml'), 'utf8')));

/** Every applicable criterion answered "sudah", then some overridden; plans default to defined desk work paid by each side. */
export function answersFor(kind: string, overrides: Record<string, string> = {}, plan: Answers['plan'] = {}): Answers {
  const criteria = Object.fromEntries(applicableCriteria(data, kind).map((c) => [c.id, 'sudah']));
  return {
    kind,
    criteria: { ...criteria, ...overrides },
    goals: ['efektif'],
    fields: ['edukasi'],
    plan: { rinci: 'ya', 'kontak-anak': 'tidak', 'data-anak': 'tidak', pembiayaan: 'tidak', 'beberapa-unit': 'tidak', ...plan },
  };
}
