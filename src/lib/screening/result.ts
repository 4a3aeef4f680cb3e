import type { Destination, RoutingModel } from '../../schemas/routing';
import type { KpaiRole, ScreeningFlow, Urgency } from '../../schemas/screening';
import { clusters, type ClusterId } from '../../schemas/vocabularies';
import { firstMatch } from '../rules/select';
import type { Answers } from '../routing/answers';
import { holds } from '../routing/condition';
import type { Place } from '../routing/place';
import { firstDestination, route, type Path } from '../routing/route';

export interface ScreeningResult {
  /** Who to contact, in which order, and why: the routing engine's path, the same as the finder's. */
  path: Path;
  first?: Destination;
  /** The pre-screening's own answers: KPAI's part in this, and how urgent it is. */
  kpai: KpaiRole;
  urgency: Urgency;
  /** Everything the steps ask to bring, once each, in the order of the steps. */
  prepare: string[];
  /** KPAI's complaint clusters the answers fall under, in the order KPAI lists them. */
  clusters: string[];
}

/** The pre-screening's result, built once from the answers and the place. */
export function screeningResult(model: RoutingModel, flow: ScreeningFlow, answers: Answers, place: Place | undefined): ScreeningResult {
  const path = route(model, answers, place);
  const applies = (when: Parameters<typeof holds>[0]) => holds(when, answers, new Set());
  return {
    path,
    first: firstDestination(path),
    kpai: firstMatch(flow.kpai, applies),
    urgency: firstMatch(flow.urgency, applies),
    prepare: [...new Set(path.steps.flatMap((s) => s.step.bring))],
    clusters: clustersOf(model, answers),
  };
}

function clustersOf(model: RoutingModel, answers: Answers): string[] {
  const found = new Set<ClusterId>();
  for (const q of model.questions) for (const o of q.options) if (answers[q.id]?.includes(o.id)) o.clusters.forEach((c) => found.add(c));
  return (Object.keys(clusters) as ClusterId[]).filter((id) => found.has(id)).map((id) => clusters[id]);
}
