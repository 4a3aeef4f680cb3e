import type { Contact } from '../../schemas/contact';
import type { Question } from '../../schemas/routing';
import type { Answers } from '../routing/answers';
import type { ChildModeData } from '../../schemas/screening';
import type { RegionalService } from '../../schemas/service';
import type { Path } from '../routing/route';
import { DRAFT_NOTICE, emergencyLine } from '../routing/summary';

/** The child's choices for the letter, by part id: option ids, none for a part left out. */
export type LetterChoices = Readonly<Record<string, readonly string[]>>;

/** What the letter's sentences may carry from the result: what the child said happened, where to turn first. */
export interface LetterFill {
  kejadian: string;
  langkah: string;
}

/**
 * The letter to a trusted adult, as paragraphs: the greeting, the sentences of the chosen options in the order of
 * the parts, the closing, then the emergency numbers and where the advice comes from. Built from choices only:
 * nothing the child typed, no name, and it is never stored or sent — the page prints it or copies it.
 */
export function letterParagraphs(letter: ChildModeData['letter'], choices: LetterChoices, fill: LetterFill, contacts: readonly Contact[]): string[] {
  const [greeting, ...body] = letter.parts.map((part) => {
    const chosen = part.options.filter((o) => choices[part.id]?.includes(o.id));
    if (chosen.length === 0) return '';
    const said = part.sentence ? part.sentence.replace('{pilihan}', list(chosen.map((o) => o.text))) : chosen.map((o) => o.text).join(' ');
    return said.replace('{kejadian}', fill.kejadian).replace('{langkah}', fill.langkah);
  });
  return [greeting ?? '', body.filter(Boolean).join(' '), letter.closing, emergencyLine(contacts), DRAFT_NOTICE].filter(Boolean);
}

/** "takut, sedih, dan bingung": Indonesian lists join the last item with "dan". */
export function list(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' dan ') : `${items.slice(0, -1).join(', ')}, dan ${items.at(-1)}`;
}

/**
 * The first places on the path with a way to reach them, for the letter: "SAPA 129 (telepon 129, WhatsApp
 * 08111-129-129); UPTD PPA Kota Bekasi (…)". At most `count`, each once.
 */
export function firstContacts(path: Path, contacts: ReadonlyMap<string, Contact>, count = 2): string {
  const named: string[] = [];
  for (const s of path.steps) {
    const reachable: (Contact | RegionalService)[] = [...(s.regional?.services ?? []), ...s.contacts.flatMap((id) => contacts.get(id) ?? [])].filter((c) => c.channels.length > 0);
    const via = s.fallback ? contacts.get(s.fallback) : undefined;
    const service = reachable[0] ?? via;
    if (!service) continue;
    const ways = service.channels.filter((c) => c.kind === 'telepon' || c.kind === 'whatsapp').map((c) => `${c.kind === 'whatsapp' ? 'WhatsApp' : 'telepon'} ${c.value}`);
    const line = ways.length > 0 ? `${service.name} (${ways.join(', ')})` : service.name;
    if (!named.includes(line)) named.push(line);
    if (named.length === count) break;
  }
  return named.join('; ');
}

/**
 * What the child said happened, in the words the child chose from, as part of a sentence: the labels of the
 * answers to the question about what happened, lower-cased.
 */
export function happenedText(questions: readonly Question[], answers: Answers): string {
  const q = questions.find((q) => q.id === HAPPENED);
  const labels = q ? q.options.filter((o) => answers[q.id]?.includes(o.id)).map((o) => o.label) : [];
  return labels.map((l) => l.charAt(0).toLowerCase() + l.slice(1)).join('; ') || 'sesuatu yang ingin aku ceritakan langsung';
}

/** The routing question that says what happened. */
export const HAPPENED = 'apa-terjadi';
