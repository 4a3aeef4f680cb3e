// findPath latency over every situation in every place: all case types × 3 ages × every subset of the
// flags × 514 regencies and 38 provinces with the regency unknown. Compiled and run by bench/run.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { referralRules } from '../src/schemas/referral';
import { ages } from '../src/lib/referral/ages';
import { regionalService } from '../src/schemas/service';
import { findPath } from '../src/lib/referral/find-path';
import { directoryOf, placeIn } from '../src/lib/referral/place';
import { loadRegions } from '../src/site/regions';

export async function run(root: string) {
  const yaml = (path: string) => parse(readFileSync(join(root, 'src/content', path), 'utf8'));
  const rules = referralRules.parse(yaml('tools/referral/rules.yaml'));
  const services = regionalService.array().parse(yaml('services/regional.yaml'));
  const places = (await loadRegions()).flatMap((p) => {
    const directory = directoryOf(p, services);
    return [placeIn(directory), ...p.regencies.map((r) => placeIn(directory, r.code))];
  });
  const flagIds = rules.flags.map((f) => f.id);
  const flagSets = Array.from({ length: 2 ** flagIds.length }, (_, mask) => flagIds.filter((_, i) => mask & (1 << i)));

  const measure = () => {
    const times = new Float64Array(places.length * rules.caseTypes.length * ages.length * flagSets.length);
    let steps = 0;
    let i = 0;
    for (const place of places) {
      for (const caseType of rules.caseTypes) {
        for (const age of ages) {
          for (const flags of flagSets) {
            const start = performance.now();
            const path = findPath(rules, { caseType: caseType.id, age, flags }, place);
            times[i++] = performance.now() - start;
            steps += path.steps.length;
          }
        }
      }
    }
    return { times, steps };
  };
  measure(); // warms the JIT up; the second pass is the one measured
  const { times, steps } = measure();
  times.sort();
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 1000;
  return {
    paths: times.length,
    places: places.length,
    meanSteps: steps / times.length,
    totalMs: times.reduce((a, b) => a + b, 0),
    p50Us: at(0.5),
    p99Us: at(0.99),
    maxUs: times[times.length - 1]! * 1000,
    overOneMs: times.filter((t) => t >= 1).length,
  };
}
