import { describe, expect, it } from 'vitest';
import { findPath } from '../../../src/lib/referral/find-path';
import { ages } from '../../../src/lib/referral/ages';
import { directoryOf, placeIn, type Place } from '../../../src/lib/referral/place';
import { loadRegions } from '../../../src/site/regions';
import { rules, services } from './load';
import { contact } from '../../../src/schemas/contact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const contacts = contact.array().parse(parse(readFileSync(join(import.meta.dirname, '../../../src/content/contacts.yaml'), 'utf8')));
const emergency = new Set(contacts.filter((c) => c.emergency).map((c) => c.id));
const flagIds = rules.flags.map((f) => f.id);

/** Every place: each regency and city, and each province with its regency unknown. */
async function everyPlace(): Promise<Place[]> {
  return (await loadRegions()).flatMap((p) => {
    const directory = directoryOf(p, services);
    return [placeIn(directory), ...p.regencies.map((r) => placeIn(directory, r.code))];
  });
}

/** Every subset of the flags: 2^8 combinations. */
const flagSets = Array.from({ length: 2 ** flagIds.length }, (_, mask) => flagIds.filter((_, i) => mask & (1 << i)));

describe('every situation in every place', () => {
  it('covers all 514 regencies and cities and all 38 provinces', async () => {
    const places = await everyPlace();
    expect(places.filter((p) => p.regency)).toHaveLength(514);
    expect(places.filter((p) => !p.regency)).toHaveLength(38);
  });

  it('yields a non-empty path whose first step is an emergency contact whenever the child is in danger now', async () => {
    const places = await everyPlace();
    let checked = 0;
    for (const place of places) {
      for (const caseType of rules.caseTypes) {
        for (const age of ages) {
          for (const flags of flagSets) {
            const { steps } = findPath(rules, { caseType: caseType.id, age, flags }, place);
            checked++;
            if (steps.length === 0) throw new Error(`empty path: ${caseType.id} ${age} [${flags}] ${place.regency?.code ?? place.province.code}`);
            if (flags.includes('bahaya') && !emergency.has(steps[0]!.contacts[0] ?? '')) {
              throw new Error(`danger, but first step ${steps[0]!.step.id}: ${caseType.id} ${age} [${flags}]`);
            }
            // A step about the place's own service always leaves a way to reach someone.
            for (const s of steps) if (s.regional && !s.regional.reachable && s.contacts.length === 0) throw new Error(`no way in: ${s.step.id}`);
          }
        }
      }
    }
    expect(checked).toBe(552 * rules.caseTypes.length * 3 * 256);
  }, 120_000);
});
