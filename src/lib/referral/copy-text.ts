import type { Contact } from '../../schemas/contact';
import type { Question } from '../../schemas/routing';
import type { Answers } from '../routing/answers';
import type { Path } from '../routing/route';
import { answerLines, DRAFT_NOTICE, emergencyLine, pathLines } from '../routing/summary';

/**
 * The finder's result as plain text, to copy into a message or a case file: where it comes from, the emergency
 * numbers, the situation as chosen, then each step with its reason and channels. No name, nothing typed.
 */
export function finderText(questions: readonly Question[], answers: Answers, placeLabel: string, path: Path, contacts: readonly Contact[], explain?: (text: string) => string): string {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return [
    `Jalur rujukan — ${placeLabel}`,
    DRAFT_NOTICE,
    emergencyLine(contacts),
    '',
    'Keadaan:',
    ...answerLines(questions, answers, placeLabel),
    '',
    'Langkah:',
    ...pathLines(path, byId, explain),
  ].join('\n');
}
