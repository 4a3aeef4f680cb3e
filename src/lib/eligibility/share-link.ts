import type { EligibilityData } from '../../schemas/eligibility';
import { applicableCriteria, type Answers } from './assess';

/** Answers as a URL fragment, so a result can be shared: `#jenis=dunia-usaha&legalitas=ya&…&rinci=tidak`. */
export function encodeAnswers(answers: Partial<Answers>): string {
  const params = new URLSearchParams();
  if (answers.kind) params.set('jenis', answers.kind);
  for (const [id, value] of Object.entries(answers.criteria ?? {})) params.set(id, value);
  for (const [id, value] of Object.entries(answers.plan ?? {})) params.set(id, value);
  return params.toString();
}

export type Decoded = { ok: true; answers: Partial<Answers> & Pick<Answers, 'criteria' | 'plan'> } | { ok: false; message: string };

/**
 * Reads answers back from a fragment. Anything it does not recognise — an unknown kind, question or choice, a
 * fragment too long to be ours — is refused as a whole with a message, so a tampered link starts afresh.
 */
export function decodeAnswers(fragment: string, data: EligibilityData): Decoded {
  const text = fragment.replace(/^#/, '');
  const empty = { ok: true as const, answers: { criteria: {}, plan: {} } };
  if (text === '') return empty;
  const refuse = (why: string): Decoded => ({ ok: false, message: `Tautan ini tidak dapat dibaca (${why}). Penilaian dimulai dari awal.` });
  if (text.length > 2000) return refuse('terlalu panjang');
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return refuse('bentuknya tidak dikenali');
  }
  const kind = params.get('jenis');
  if (kind === null || !data.partnerKinds.some((k) => k.id === kind)) return refuse('jenis lembaga tidak dikenali');
  const criteria: Record<string, string> = {};
  const plan: Record<string, 'ya' | 'tidak'> = {};
  const applicable = new Map(applicableCriteria(data, kind).map((c) => [c.id, c]));
  for (const [key, value] of params) {
    if (key === 'jenis') continue;
    const criterion = applicable.get(key);
    if (criterion) {
      if (!criterion.choices.some((c) => c.id === value)) return refuse(`jawaban untuk "${key.slice(0, 40)}" tidak dikenali`);
      criteria[key] = value;
    } else if (data.plan.some((p) => p.id === key)) {
      if (value !== 'ya' && value !== 'tidak') return refuse(`jawaban untuk "${key.slice(0, 40)}" tidak dikenali`);
      plan[key] = value;
    } else {
      return refuse(`pertanyaan "${key.slice(0, 40)}" tidak dikenali`);
    }
  }
  return { ok: true, answers: { kind, criteria, plan } };
}
