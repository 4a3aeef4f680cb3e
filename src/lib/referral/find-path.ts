import type { ReferralRules, ReferralStep } from '../../schemas/referral';
import type { RegionalService } from '../../schemas/service';
import { holds, type Situation } from './condition';
import { kindsAt, type Place } from './place';
import { allMatching, firstMatch } from '../rules/select';

export interface PathStep {
  step: ReferralStep;
  /** Every rule that asked for this step, the one that placed it first. */
  rules: string[];
  /** National contacts to show, by id: the step's own, then its fallback when the place's service cannot be reached. */
  contacts: string[];
  /** For a step about the place's own service: what the directory has of that kind there. */
  regional?: {
    services: RegionalService[];
    /** True when at least one of those services has a sourced channel. */
    reachable: boolean;
  };
}

export interface ReferralPath {
  steps: PathStep[];
  /** The route rule that gave the main path. */
  route: string;
}

/**
 * The ordered referral path for a situation in a place: urgent steps first, then the first route that
 * holds (the last route always does), then every addition that holds. A step is listed once.
 *
 * @example findPath(rules, { caseType: 'kekerasan', age: 'anak', flags: ['bahaya'] }, placeIn(jawaBarat, '32.75'))
 *   // → steps: darurat-110, uptd-ppa, polisi-laporan, kpai-pengawasan, kpad
 */
export function findPath(rules: ReferralRules, situation: Situation, place: Place): ReferralPath {
  const kinds = kindsAt(place);
  const route = firstMatch(rules.routes, (when) => holds(when, situation, kinds));
  const chosen = [...allMatching(rules.urgent, (when) => holds(when, situation, kinds)), route, ...allMatching(rules.additions, (when) => holds(when, situation, kinds))];

  const byId = stepIndex(rules);
  const steps = new Map<string, PathStep>();
  for (const rule of chosen) {
    for (const id of rule.steps) {
      const placed = steps.get(id);
      if (placed) {
        if (!placed.rules.includes(rule.id)) placed.rules.push(rule.id);
        continue;
      }
      const step = byId.get(id);
      // The content guard proves every step id exists; a miss here would be a bug in the data check.
      if (!step) throw new Error(`Langkah "${id}" tidak ada di aturan rujukan`);
      steps.set(id, resolveStep(step, rule.id, place));
    }
  }
  return { steps: [...steps.values()], route: route.id };
}

const indexes = new WeakMap<ReferralRules, Map<string, ReferralStep>>();

/** The steps by id, built once per rules object: a finder computes many paths over the same rules. */
function stepIndex(rules: ReferralRules): Map<string, ReferralStep> {
  let index = indexes.get(rules);
  if (!index) indexes.set(rules, (index = new Map(rules.steps.map((s) => [s.id, s]))));
  return index;
}

function resolveStep(step: ReferralStep, rule: string, place: Place): PathStep {
  if (!step.regional) return { step, rules: [rule], contacts: [...step.contacts] };
  const services = place.services.filter((s) => s.kind === step.regional);
  const reachable = services.some((s) => s.channels.length > 0);
  const contacts = reachable || !step.fallback ? [...step.contacts] : [...step.contacts, step.fallback];
  return { step, rules: [rule], contacts, regional: { services, reachable } };
}
