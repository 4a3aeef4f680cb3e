import { contentTable } from '../../../schemas/collections';
import { eligibilityLinks, eligibilityProblems } from '../../eligibility/check-data';
import { issuesToErrors, type ContentError } from '../errors';
import type { ClauseCheck } from './clause-check';
import type { ParsedFile } from './corpus-files';

/** The eligibility data: its schema, every id it names (src/lib/eligibility/check-data.ts), and every clause it cites. */
export function checkEligibility({ file, data }: ParsedFile, documents: ReadonlySet<string>, cites: ClauseCheck): ContentError[] {
  const parsed = contentTable.eligibility.schema.safeParse(data);
  if (!parsed.success) return issuesToErrors(file, data, parsed.error.issues);
  const { guideline } = parsed.data;
  const errors: ContentError[] = eligibilityProblems(parsed.data).map((p) => ({ file, ...p }));
  if (!documents.has(guideline)) errors.push({ file, field: 'guideline', reason: `dokumen "${guideline}" tidak terdaftar (yang terdaftar: ${[...documents].join(', ')})` });
  for (const { field, href, inGuideline } of eligibilityLinks(parsed.data)) {
    const problem = inGuideline && !href.startsWith(`/dokumen/${guideline}/`) ? `${href}: harus menunjuk ke bagian pedoman "${guideline}"` : cites(href);
    if (problem) errors.push({ file, field, reason: problem });
  }
  return errors;
}
