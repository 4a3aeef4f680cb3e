import type { Contact } from '../../schemas/contact';
import { emergencyContacts } from '../contacts/emergency';
import type { Question } from '../../schemas/routing';
import type { RegionalService } from '../../schemas/service';
import type { Answers } from './answers';
import type { Path } from './route';
import { answerText } from './questions';

/**
 * The line every copied or printed summary starts with: where it comes from, and that it is not KPAI's word.
 * A summary travels without the page around it, so it carries its own honesty and the emergency numbers.
 */
export const DRAFT_NOTICE = 'Dari Pedoman KPAI, panduan draf yang disusun dari sumber publik. Ini bukan penilaian atau keputusan KPAI.';

/** "Darurat: Polisi 110 · SAPA 129 (telepon 129, WhatsApp 08111-129-129) · Darurat 112 (belum di semua daerah)". */
export function emergencyLine(contacts: readonly Contact[]): string {
  const parts = emergencyContacts(contacts).map((c) => {
      const channels = c.channels.filter((ch) => ch.kind === 'telepon' || ch.kind === 'whatsapp');
      const said = channels.length === 1 && c.name.includes(channels[0]!.value) ? '' : ` (${channels.map((ch) => `${ch.kind === 'whatsapp' ? 'WhatsApp' : 'telepon'} ${ch.value}`).join(', ')})`;
      return `${c.name}${said}${c.caveat ? ` (${c.caveat})` : ''}`;
    });
  return `Bila anak dalam bahaya sekarang: ${parts.join(' · ')}.`;
}

/** The answered questions in order, as "Summary: answer" lines. */
export function answerLines(questions: readonly Question[], answers: Answers, placeLabel: string): string[] {
  return questions.flatMap((q) => {
    const given = answers[q.id];
    return given && given.length > 0 ? [`- ${q.summary}: ${answerText(q, given, placeLabel)}`] : [];
  });
}

/**
 * The path as numbered plain-text steps: what to do, why, who with every channel, what to bring. Carries no
 * name and nothing the person typed.
 */
export function pathLines(path: Path, contacts: ReadonlyMap<string, Contact>, explain: (text: string) => string = (t) => t): string[] {
  const lines: string[] = [];
  path.steps.forEach(({ step, destination, contacts: ids, fallback, regional }, i) => {
    lines.push(`${i + 1}. ${explain(step.title)}`, `   Mengapa: ${explain(step.why)}`, `   Caranya: ${explain(step.how)}`);
    const services: (Contact | RegionalService)[] = [...(regional?.services ?? []), ...ids.flatMap((id) => contacts.get(id) ?? [])];
    for (const service of services) {
      const channels = service.channels.map((c) => `${c.kind} ${c.value}`).join(', ');
      lines.push(`   ${service.name}${channels ? `: ${channels}` : ' (kontak belum ada di direktori)'}`);
    }
    const via = fallback && contacts.get(fallback);
    if (via) lines.push(`   Bila ${destination?.name ?? 'layanan ini'} tidak dapat dihubungi: ${via.name}: ${via.channels.map((c) => `${c.kind} ${c.value}`).join(', ')}`);
    if (step.bring.length > 0) lines.push(`   Bawa: ${step.bring.join('; ')}.`);
  });
  return lines;
}
