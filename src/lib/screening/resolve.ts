import type { FlowNode, Next, Question, ScreeningFlow } from '../../schemas/screening';
import type { Flag } from './flags';
import { rules } from './rules';

export type Answer = string | readonly string[];
export type Answers = Readonly<Record<string, Answer>>;

export interface Resolution {
  /** Every node reached, from the start to the current one. */
  path: FlowNode[];
  /** The first node still waiting for an answer, or the outcome. */
  current: FlowNode;
  /** The answers that lie on the path; answers to questions the path no longer passes are left out. */
  answers: Record<string, Answer>;
  flags: Set<Flag>;
}

/** A flow indexed by node id. */
export function nodeMap(flow: ScreeningFlow): Map<string, FlowNode> {
  return new Map(flow.nodes.map((node) => [node.id, node]));
}

/**
 * Folds the answers over the flow from its start, as smart answers do: the state is never stored, only
 * rebuilt. An info node counts as answered once its id has any answer (the person pressed "continue").
 */
export function resolve(flow: ScreeningFlow, answers: Answers, today: string): Resolution {
  const nodes = nodeMap(flow);
  const onPath: Record<string, Answer> = {};
  const flags = new Set<Flag>();
  let node = nodes.get(flow.start)!;
  const path = [node];
  for (let guard = 0; guard < flow.nodes.length; guard++) {
    const answer = answers[node.id];
    if (node.kind === 'outcome' || answer === undefined) break;
    onPath[node.id] = answer;
    let nextId: string;
    if (node.kind === 'info') {
      nextId = node.next;
    } else {
      for (const option of chosenOptions(node, answer)) for (const flag of option.flags) flags.add(flag);
      nextId = follow(nextOf(node, answer), { answers: onPath, flags, today });
    }
    node = nodes.get(nextId)!;
    path.push(node);
  }
  return { path, current: node, answers: onPath, flags };
}

/** The options an answer picked. */
export function chosenOptions(question: Question, answer: Answer) {
  const ids = new Set(Array.isArray(answer) ? answer : [answer]);
  return question.options.filter((option) => ids.has(option.id));
}

function nextOf(question: Question, answer: Answer): Next {
  const single = question.type === 'single' ? chosenOptions(question, answer)[0]?.next : undefined;
  const next = single ?? question.next;
  if (!next) throw new Error(`pertanyaan "${question.id}" tidak punya langkah berikutnya untuk jawaban ini`);
  return next;
}

function follow(next: Next, input: Parameters<(typeof rules)['hasil']>[0]): string {
  if (typeof next === 'string') return next;
  const target = rules[next.rule](input);
  if (!next.to.includes(target)) throw new Error(`aturan "${next.rule}" menuju "${target}", yang tidak ada di daftar "to"`);
  return target;
}

/** Every node a node can lead to, read from the data alone, without running any rule (for graph checks). */
export function possibleNext(node: FlowNode): string[] {
  if (node.kind === 'outcome') return [];
  if (node.kind === 'info') return [node.next];
  const targets = [...node.options.map((o) => o.next), node.next].flatMap((n) => (n === undefined ? [] : typeof n === 'string' ? [n] : n.to));
  return [...new Set(targets)];
}
