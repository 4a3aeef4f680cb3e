import type { Contact } from '../../schemas/contact';
import type { Question } from '../../schemas/routing';
import type { Answers } from '../routing/answers';
import { answerLines, DRAFT_NOTICE, emergencyLine, pathLines } from '../routing/summary';
import type { ScreeningResult } from './result';

/**
 * The pre-screening's result as plain text the person can copy or keep: where it comes from and that it is not
 * KPAI's assessment, the emergency numbers, the answer in short, who to contact in order and why, what to
 * prepare, and the answers given. No name is in it, because no name is asked.
 */
export function screeningText(questions: readonly Question[], answers: Answers, placeLabel: string, result: ScreeningResult, contacts: readonly Contact[], explain?: (text: string) => string): string {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const lines = [
    `Hasil cek ke mana melapor: ${result.kpai.verdict}`,
    DRAFT_NOTICE,
    emergencyLine(contacts),
    '',
    result.urgency.text,
    result.kpai.text,
    '',
    'Langkah:',
    ...pathLines(result.path, byId, explain),
  ];
  if (result.prepare.length > 0) lines.push('', 'Yang perlu disiapkan:', ...result.prepare.map((p) => `- ${p}`));
  lines.push('', 'Jawaban Anda:', ...answerLines(questions, answers, placeLabel));
  return lines.join('\n');
}
