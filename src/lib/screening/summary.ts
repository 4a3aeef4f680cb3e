import type { Outcome, Question, ScreeningFlow } from '../../schemas/screening';
import { formatDate } from '../format-date';
import { clusters, type ClusterId } from './clusters';
import { chosenOptions, type Answer, type Resolution } from './resolve';

export interface Province {
  code: string;
  name: string;
}

/** An answer in words, as the person gave it. */
export function answerText(question: Question, answer: Answer, provinces: readonly Province[]): string {
  if (question.type === 'date') return formatDate(String(answer));
  if (question.type === 'province') return provinces.find((p) => p.code === answer)?.name ?? 'Tidak tahu, atau di luar Indonesia';
  return chosenOptions(question, answer)
    .map((o) => o.label)
    .join('; ');
}

/** The answered questions on the path, in order: the check-your-answers list and the copied summary. */
export function answeredQuestions(resolution: Resolution, provinces: readonly Province[]) {
  return resolution.path.flatMap((node) => {
    const answer = resolution.answers[node.id];
    return node.kind === 'question' && answer !== undefined ? [{ question: node, text: answerText(node, answer, provinces) }] : [];
  });
}

/** KPAI's clusters that the chosen situations fall under, in the order KPAI lists them. */
export function clustersOf(resolution: Resolution): string[] {
  const found = new Set<ClusterId>();
  for (const node of resolution.path) {
    const answer = resolution.answers[node.id];
    if (node.kind === 'question' && answer !== undefined) for (const o of chosenOptions(node, answer)) o.clusters.forEach((c) => found.add(c));
  }
  return (Object.keys(clusters) as ClusterId[]).filter((id) => found.has(id)).map((id) => clusters[id]);
}

/**
 * The result as plain text the person can copy into a message or keep: answers, outcome and why, what to
 * prepare, and where to go. No name is ever in it, because no name is ever asked.
 */
export function summaryText(flow: ScreeningFlow, resolution: Resolution, outcome: Outcome, reasons: readonly string[], provinces: readonly Province[]): string {
  const lines = [
    `Hasil cek pengaduan (Pedoman KPAI): ${outcome.title}`,
    outcome.lead,
    '',
    'Mengapa:',
    ...[...outcome.why, ...reasons.map((r) => flow.reasons[r] ?? r)].map((w) => `- ${w}`),
    '',
    'Langkah:',
    ...outcome.steps.map((s, i) => `${i + 1}. ${s}`),
  ];
  if (outcome.prepare.length > 0) lines.push('', 'Yang perlu disiapkan:', ...outcome.prepare.map((p) => `- ${p}`));
  lines.push('', 'Jawaban Anda:', ...answeredQuestions(resolution, provinces).map(({ question, text }) => `- ${question.summary}: ${text}`));
  return lines.join('\n');
}
