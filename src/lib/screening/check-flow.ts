import type { ScreeningFlow } from '../../schemas/screening';
import { nodeMap, possibleNext } from './resolve';

/**
 * Problems in a pre-screening flow's graph, found from the data alone: a step pointing nowhere, a step no
 * path reaches, a question that cannot go on for some answer, a loop, or a path longer than `maxSteps`.
 */
export function screeningFlowProblems(flow: ScreeningFlow, maxSteps = 15): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const nodes = nodeMap(flow);
  if (nodes.size !== flow.nodes.length) problems.push({ field: 'nodes', reason: 'ada id langkah yang dipakai lebih dari sekali' });
  if (!nodes.has(flow.start)) problems.push({ field: 'start', reason: `langkah awal "${flow.start}" tidak ada` });
  for (const node of flow.nodes) {
    for (const target of possibleNext(node)) {
      if (!nodes.has(target)) problems.push({ field: `${node.id}.next`, reason: `langkah "${target}" tidak ada` });
    }
    if (node.kind === 'question') {
      if ((node.type === 'single' || node.type === 'multiple') && node.options.length < 2) {
        problems.push({ field: `${node.id}.options`, reason: 'pertanyaan pilihan butuh paling sedikit dua pilihan' });
      }
      const dead = node.type === 'single' ? node.options.filter((o) => !o.next && !node.next) : [];
      if (dead.length > 0 || (node.type !== 'single' && !node.next)) {
        problems.push({ field: `${node.id}`, reason: `buntu: ${dead.map((o) => `pilihan "${o.id}"`).join(', ') || 'jawaban'} tidak punya langkah berikutnya` });
      }
    }
  }
  if (problems.length > 0) return problems;

  // Longest path from each node to an outcome; a loop makes the walk meet a node it is still inside.
  const longest = new Map<string, number>();
  const inside = new Set<string>();
  const walk = (id: string): number => {
    if (longest.has(id)) return longest.get(id)!;
    if (inside.has(id)) {
      problems.push({ field: id, reason: 'alur berputar kembali ke langkah ini' });
      return Infinity;
    }
    inside.add(id);
    const node = nodes.get(id)!;
    const steps = node.kind === 'outcome' ? 0 : 1 + Math.max(...possibleNext(node).map(walk));
    inside.delete(id);
    longest.set(id, steps);
    return steps;
  };
  const total = walk(flow.start);
  if (total > maxSteps) problems.push({ field: 'start', reason: `jalur terpanjang ${total} langkah, lebih dari ${maxSteps}` });
  for (const node of flow.nodes) {
    if (!longest.has(node.id)) problems.push({ field: node.id, reason: 'langkah ini tidak dapat dicapai dari langkah awal' });
  }
  return problems;
}

/** At most how many steps remain from a node to an outcome: honest progress for a flow whose length varies. */
export function stepsLeftAtMost(flow: ScreeningFlow, from: string): number {
  const nodes = nodeMap(flow);
  const memo = new Map<string, number>();
  const walk = (id: string): number => {
    if (memo.has(id)) return memo.get(id)!;
    const node = nodes.get(id)!;
    const steps = node.kind === 'outcome' ? 0 : 1 + Math.max(...possibleNext(node).map(walk));
    memo.set(id, steps);
    return steps;
  };
  return walk(from);
}
