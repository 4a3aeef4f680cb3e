import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { canonicalSituation, destination, question, routingRules, step, type RoutingModel } from '../../../src/schemas/routing';
import { screeningFlow } from '../../../src/schemas/screening';
import { regionalService } from '../../../src/schemas/service';
import { contact } from '../../../src/schemas/contact';
import { glossaryEntry } from '../../../src/schemas/glossary';
import { directoryOf, placeIn, type Place } from '../../../src/lib/routing/place';
import { loadRegions } from '../../../src/site/regions';

const content = join(import.meta.dirname, '../../../src/content');
const yaml = (path: string) => parse(readFileSync(join(content, path), 'utf8'));

/** The site's own routing model, pre-screening file and directory, parsed as the build parses them. */
export const model: RoutingModel = {
  questions: question.array().parse(yaml('tools/routing/questions.yaml')),
  destinations: destination.array().parse(yaml('tools/routing/destinations.yaml')),
  steps: step.array().parse(yaml('tools/routing/steps.yaml')),
  ...routingRules.parse(yaml('tools/routing/rules.yaml')),
};
export const situations = canonicalSituation.array().parse(yaml('tools/routing/situations.yaml'));
export const flow = screeningFlow.parse(yaml('tools/screening/flow.yaml'));
export const services = regionalService.array().parse(yaml('services/regional.yaml'));
export const contacts = contact.array().parse(yaml('contacts.yaml'));
export const glossary = glossaryEntry.array().parse(yaml('glossary.yaml'));

/** The place for a regency code ("32.75") or a province code ("32", regency unknown). */
export async function place(code: string): Promise<Place> {
  const province = (await loadRegions()).find((p) => p.code === code.slice(0, 2));
  if (!province) throw new Error(`no province ${code}`);
  return placeIn(directoryOf(province, services), code.length > 2 ? code : undefined);
}
