import type { Flow } from '../../schemas/flow';

/**
 * What is wrong with a flow's graph, in words an author can act on: a step pointing nowhere, a step no path
 * reaches, a repeated id, a flow with no end. Empty when the flow is sound.
 */
export function flowProblems(flow: Flow): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const ids = new Set<string>();
  flow.steps.forEach((step, i) => {
    if (ids.has(step.id)) problems.push({ field: `steps[${i}].id`, reason: `id langkah "${step.id}" dipakai lebih dari sekali` });
    ids.add(step.id);
  });
  flow.steps.forEach((step, i) =>
    step.next.forEach((edge, j) => {
      if (!ids.has(edge.to)) problems.push({ field: `steps[${i}].next[${j}].to`, reason: `langkah "${edge.to}" tidak ada di alur ini` });
    }),
  );
  const reached = reachableSteps(flow);
  flow.steps.forEach((step, i) => {
    if (!reached.has(step.id)) problems.push({ field: `steps[${i}]`, reason: `langkah "${step.id}" tidak dapat dicapai dari langkah pertama` });
  });
  if (!flow.steps.some((step) => step.next.length === 0)) {
    problems.push({ field: 'steps', reason: 'alur tidak punya langkah akhir (langkah tanpa "next")' });
  }
  return problems;
}

/** Ids of the steps reachable from the first step. */
export function reachableSteps(flow: Flow): Set<string> {
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  const seen = new Set<string>();
  const queue = flow.steps[0] ? [flow.steps[0].id] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    queue.push(...byId.get(id)!.next.map((edge) => edge.to));
  }
  return seen;
}

/** 1-based position of each step, for "ke langkah 4" in the drawn flow. */
export function stepNumbers(flow: Flow): Map<string, number> {
  return new Map(flow.steps.map((step, i) => [step.id, i + 1]));
}
