import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { referralRules } from '../../../src/schemas/referral';
import { regionalService } from '../../../src/schemas/service';
import { directoryOf, placeIn, type Place } from '../../../src/lib/referral/place';
import { loadRegions } from '../../../src/site/regions';

const content = join(import.meta.dirname, '../../../src/content');
const yaml = (path: string) => parse(readFileSync(join(content, path), 'utf8'));

/** The site's own referral rules and regional directory, parsed as the build parses them. */
export const rules = referralRules.parse(yaml('tools/referral/rules.yaml'));
export const services = regionalService.array().parse(yaml('services/regional.yaml'));

/** The place for a regency code ("32.75") or a province code ("32", regency unknown). */
export async function place(code: string): Promise<Place> {
  const province = (await loadRegions()).find((p) => p.code === code.slice(0, 2));
  if (!province) throw new Error(`no province ${code}`);
  return placeIn(directoryOf(province, services), code.length > 2 ? code : undefined);
}
