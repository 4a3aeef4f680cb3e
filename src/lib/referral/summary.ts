import type { Contact } from '../../schemas/contact';
import type { ReferralRules } from '../../schemas/referral';
import type { Situation } from './condition';
import type { ReferralPath } from './find-path';
import { placeName, type Place } from './place';

/** What the person chose, as the words they chose it by: case type, age, and the situations they ticked. */
export function situationText(rules: ReferralRules, situation: Situation): string[] {
  const caseType = rules.caseTypes.find((c) => c.id === situation.caseType)?.label ?? situation.caseType;
  const flags = rules.flags.filter((f) => situation.flags.includes(f.id)).map((f) => f.label);
  return [caseType, ageLabel[situation.age], ...flags];
}

export const ageLabel: Record<Situation['age'], string> = {
  anak: 'Korban di bawah 18 tahun saat kejadian',
  dewasa: 'Korban berusia 18 tahun atau lebih saat kejadian',
  'tidak-tahu': 'Usia korban saat kejadian tidak diketahui',
};

/**
 * The path as plain text, to copy into a message or a case file: the situation, then each step with its
 * reason and the channels to use. Carries no name and nothing the person typed.
 */
export function pathText(rules: ReferralRules, situation: Situation, place: Place, path: ReferralPath, contacts: ReadonlyMap<string, Contact>): string {
  const lines = [`Jalur rujukan — ${placeName(place)}`, `Keadaan: ${situationText(rules, situation).join('; ')}.`, ''];
  path.steps.forEach(({ step, contacts: ids, regional }, i) => {
    lines.push(`${i + 1}. ${step.title}`, `   Mengapa: ${step.why}`);
    const reachable = [...(regional?.services ?? []), ...ids.flatMap((id) => contacts.get(id) ?? [])];
    for (const service of reachable) {
      const channels = service.channels.map((c) => `${c.kind} ${c.value}`).join(', ');
      lines.push(`   ${service.name}${channels ? `: ${channels}` : ' (kontak belum ada di direktori)'}`);
    }
    if (step.bring.length > 0) lines.push(`   Bawa: ${step.bring.join('; ')}.`);
  });
  return lines.join('\n');
}
