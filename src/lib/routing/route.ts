import type { Destination, RoutingModel, Step } from '../../schemas/routing';
import type { RegionalService } from '../../schemas/service';
import type { RegionalKind } from '../../schemas/vocabularies';
import { allMatching, firstMatch } from '../rules/select';
import type { Answers } from './answers';
import { holds } from './condition';
import { kindsAt, type Place } from './place';

export interface PathStep {
  step: Step;
  destination?: Destination;
  /** Every rule that asked for this step, the one that placed it first. */
  rules: string[];
  /** National contacts to show, by id, in the order to try them. */
  contacts: string[];
  /** The national contact that connects the person when the destination has no sourced channel here. */
  fallback?: string;
  /** For a destination served by the place's own services: what the directory has there. */
  regional?: {
    /** The kind found at the place (the destination's first preferred kind it has), if any. */
    kind?: RegionalKind;
    services: RegionalService[];
    /** True when at least one of those services has a sourced channel. */
    reachable: boolean;
  };
}

export interface Path {
  steps: PathStep[];
  /** The route rule that gave the main path. */
  route: string;
}

/**
 * The ordered path for a situation in a place: every urgent rule that holds first, then the first route that
 * holds (the last route always does), then every addition that holds. A step is listed once. Both public
 * tools call this, and only this, to say who to contact.
 *
 * @example route(model, { apa-terjadi: ['abh'], usia: ['anak'] }, place).steps.map((s) => s.destination?.id)
 *   // → ['bantuan-hukum', 'bapas', 'kpai']
 */
export function route(model: RoutingModel, answers: Answers, place: Place | undefined): Path {
  const kinds = place ? kindsAt(place) : new Set<RegionalKind>();
  const applies = (when: Parameters<typeof holds>[0]) => holds(when, answers, kinds);
  const main = firstMatch(model.routes, applies);
  const chosen = [...allMatching(model.urgent, applies), main, ...allMatching(model.additions, applies)];

  const { steps: stepById, destinations } = indexOf(model);
  const placed = new Map<string, PathStep>();
  for (const rule of chosen) {
    for (const id of rule.steps) {
      const already = placed.get(id);
      if (already) {
        if (!already.rules.includes(rule.id)) already.rules.push(rule.id);
        continue;
      }
      const step = stepById.get(id);
      // The content check proves every step and destination id exists; a miss here is a bug, not input.
      if (!step) throw new Error(`Langkah "${id}" tidak ada di model rujukan`);
      placed.set(id, resolveStep(step, step.destination ? destinations.get(step.destination) : undefined, rule.id, place));
    }
  }
  return { steps: [...placed.values()], route: main.id };
}

/** The destination of the first step that sends the person somewhere: what "go here first" means. */
export function firstDestination(path: Path): Destination | undefined {
  return path.steps.find((s) => s.destination)?.destination;
}

const indexes = new WeakMap<RoutingModel, { steps: Map<string, Step>; destinations: Map<string, Destination> }>();

/** Steps and destinations by id, built once per model: a finder computes many paths over the same model. */
function indexOf(model: RoutingModel) {
  let index = indexes.get(model);
  if (!index) {
    index = { steps: new Map(model.steps.map((s) => [s.id, s])), destinations: new Map(model.destinations.map((d) => [d.id, d])) };
    indexes.set(model, index);
  }
  return index;
}

function resolveStep(step: Step, destination: Destination | undefined, rule: string, place: Place | undefined): PathStep {
  const contacts = [...(step.contacts ?? destination?.contacts ?? [])];
  const resolved: PathStep = { step, destination, rules: [rule], contacts };
  if (destination && destination.regional.length > 0) {
    const services = place?.services ?? [];
    const kind = destination.regional.find((k) => services.some((s) => s.kind === k));
    const found = kind ? services.filter((s) => s.kind === kind) : [];
    resolved.regional = { kind, services: found, reachable: found.some((s) => s.channels.length > 0) };
  }
  // With no sourced channel of its own, the destination's fallback is the way in.
  if (destination?.fallback && contacts.length === 0 && !resolved.regional?.reachable) resolved.fallback = destination.fallback;
  return resolved;
}
