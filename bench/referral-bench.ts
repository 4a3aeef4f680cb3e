// route() latency over every situation in every place that routes differently: every combination of answers
// (danger yes/no × 3 ages × each thing that happened × each place or party × every subset of the special
// circumstances × 4 handling states) in every province (regency unknown) and in every regency the directory
// has services of its own for — other regencies have only their province's services, so route as it does.
// Compiled and run by bench/run.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { destination, question, routingRules, step, type RoutingModel } from '../src/schemas/routing';
import { regionalService } from '../src/schemas/service';
import { route } from '../src/lib/routing/route';
import { directoryOf, placeIn } from '../src/lib/routing/place';
import { loadRegions } from '../src/site/regions';

export async function run(root: string) {
  const yaml = (path: string) => parse(readFileSync(join(root, 'src/content', path), 'utf8'));
  const model: RoutingModel = {
    questions: question.array().parse(yaml('tools/routing/questions.yaml')),
    destinations: destination.array().parse(yaml('tools/routing/destinations.yaml')),
    steps: step.array().parse(yaml('tools/routing/steps.yaml')),
    ...routingRules.parse(yaml('tools/routing/rules.yaml')),
  };
  const services = regionalService.array().parse(yaml('services/regional.yaml'));
  const withOwn = new Set(services.map((s) => s.region));
  const places = (await loadRegions()).flatMap((p) => {
    const directory = directoryOf(p, services);
    return [placeIn(directory), ...p.regencies.filter((r) => withOwn.has(r.code)).map((r) => placeIn(directory, r.code))];
  });

  // Every combination of answers: single-choice questions one option each; "what happened" and "where" one
  // option each; the special circumstances every subset of their non-exclusive options.
  const answerSets: Record<string, string[]>[] = [{}];
  for (const q of model.questions) {
    if (q.type === 'place') continue;
    const choices =
      q.id === 'keadaan'
        ? subsets(q.options.filter((o) => !o.exclusive).map((o) => o.id))
        : q.options.map((o) => [o.id]);
    const next: Record<string, string[]>[] = [];
    for (const set of answerSets) for (const c of choices) next.push({ ...set, [q.id]: c });
    answerSets.splice(0, answerSets.length, ...next);
  }

  const measure = () => {
    const times = new Float64Array(places.length * answerSets.length);
    const slow: [number, number][] = [];
    let steps = 0;
    let i = 0;
    for (const [p, place] of places.entries()) {
      for (const [a, answers] of answerSets.entries()) {
        const start = performance.now();
        const path = route(model, answers, place);
        const took = performance.now() - start;
        if (took >= 1) slow.push([p, a]);
        times[i++] = took;
        steps += path.steps.length;
      }
    }
    return { times, steps, slow };
  };
  measure(); // warms the JIT up; the second pass is the one measured
  const { times, steps, slow } = measure();
  // A path that took 1 ms or more is timed again, five times, keeping the fastest: a garbage-collector pause
  // that happened to fall inside one call is not the path's own cost, a path that is slow every time is.
  const retimed = slow.map(([p, a]) =>
    Math.min(
      ...Array.from({ length: 5 }, () => {
        const start = performance.now();
        route(model, answerSets[a]!, places[p]!);
        return performance.now() - start;
      }),
    ),
  );
  times.sort();
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 1000;
  return {
    paths: times.length,
    places: places.length,
    combinations: answerSets.length,
    meanSteps: steps / times.length,
    totalMs: times.reduce((a, b) => a + b, 0),
    p50Us: at(0.5),
    p99Us: at(0.99),
    maxUs: times[times.length - 1]! * 1000,
    overOneMs: times.filter((t) => t >= 1).length,
    /** Of those, how many still take 1 ms or more at their fastest of five more runs. */
    slowWhenRetimed: retimed.filter((t) => t >= 1).length,
    slowestRetimedUs: Math.max(0, ...retimed) * 1000,
  };
}

function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, i) => mask & (1 << i)));
}
