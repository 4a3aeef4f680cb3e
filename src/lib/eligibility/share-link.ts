// Answers as the address's fragment, so a result can be shared and reopened: `#v=0.2&jenis=dunia-usaha&legalitas=sudah&…
// &tujuan=koordinasi.efektif&bidang=edukasi&rinci=ya`. `v` is the version of the guideline the answers were given
// against. The fragment never leaves the browser. Reading keeps what it can: an answer it does not recognise is
// dropped and asked again, with a message; only a link without a known kind of partner starts afresh.
import type { ToolData } from '../../schemas/eligibility';
import { applicableCriteria } from './assess';
import { emptyDraft, type Draft } from './steps';

/** The guideline's versions as the tool knows them: the current one, and the older ones results may name. */
export interface KnownVersions {
  current: string;
  older: readonly string[];
}

/** What the fragment says about the version: the current one, an older one, one not known, or none (old links). */
export type Stamp = { is: 'current' } | { is: 'older'; version: string } | { is: 'unknown'; written: string } | { is: 'none' };

export type Decoded = { ok: true; answers: Draft; stamp: Stamp; notices: string[] } | { ok: false; message: string };

const LIST = '.';
const MAX_LENGTH = 2000;

export function encodeAnswers(answers: Draft, version: string): string {
  const params = new URLSearchParams({ v: version });
  if (answers.kind) params.set('jenis', answers.kind);
  for (const [id, value] of Object.entries(answers.criteria)) params.set(id, value);
  if (answers.goals.length) params.set('tujuan', answers.goals.join(LIST));
  if (answers.fields.length) params.set('bidang', answers.fields.join(LIST));
  for (const [id, value] of Object.entries(answers.plan)) params.set(id, value);
  return params.toString();
}

/** Reads answers back from a fragment; see the file's comment for what is kept. */
export function decodeAnswers(fragment: string, data: ToolData, versions: KnownVersions): Decoded {
  const text = fragment.replace(/^#/, '');
  if (text === '') return { ok: true, answers: emptyDraft, stamp: { is: 'none' }, notices: [] };
  const refuse = (why: string): Decoded => ({ ok: false, message: `Tautan ini tidak dapat dibaca (${why}). Penilaian dimulai dari awal.` });
  if (text.length > MAX_LENGTH) return refuse('terlalu panjang');
  const params = new URLSearchParams(text);
  const kind = params.get('jenis');
  if (kind === null || !data.partnerKinds.some((k) => k.id === kind)) return refuse('jenis lembaga tidak dikenali');

  const stamp = stampOf(params.get('v'), versions);
  const criteria = new Map(applicableCriteria(data, kind).map((c) => [c.id, c]));
  const answers: Draft = { kind, criteria: {}, goals: [], fields: [], plan: {} };
  const dropped: string[] = [];
  const pick = (value: string, known: { id: string }[]) => {
    const ids = value.split(LIST);
    const kept = ids.filter((id) => known.some((o) => o.id === id));
    return { kept: [...new Set(kept)], lost: kept.length < ids.length };
  };
  for (const [key, value] of params) {
    if (key === 'jenis' || key === 'v') continue;
    const criterion = criteria.get(key);
    const plan = data.plan.find((p) => p.id === key);
    if (criterion) {
      if (criterion.choices.some((c) => c.id === value)) (answers.criteria as Record<string, string>)[key] = value;
      else dropped.push(criterion.title);
    } else if (plan) {
      if (value === 'ya' || value === 'tidak') (answers.plan as Record<string, string>)[key] = value;
      else dropped.push(plan.question);
    } else if (key === 'tujuan' || key === 'bidang') {
      const { kept, lost } = pick(value, (key === 'tujuan' ? data.goals : data.fields).options);
      answers[key === 'tujuan' ? 'goals' : 'fields'] = kept;
      if (lost) dropped.push(key === 'tujuan' ? 'tujuan kemitraan' : 'bidang kegiatan');
    } else {
      dropped.push(`"${key.slice(0, 40)}"`);
    }
  }
  const notices: string[] = [];
  if (stamp.is === 'none') notices.push(`Tautan ini tidak menyebut versi pedoman yang dipakai. Jawaban Anda dinilai dengan versi terkini, ${versions.current}.`);
  if (stamp.is === 'unknown') {
    notices.push(`Tautan ini menyebut versi pedoman "${stamp.written}" yang tidak dikenal. Jawaban Anda dinilai dengan versi terkini, ${versions.current}.`);
  }
  // Answers to questions a newer version changed or removed are explained by the version notice instead.
  if (dropped.length > 0 && stamp.is !== 'older') {
    notices.push(`${dropped.length} jawaban dalam tautan tidak dikenali dan diabaikan (${dropped.slice(0, 5).join('; ')}). Pertanyaannya ditanyakan lagi.`);
  }
  return { ok: true, answers, stamp, notices };
}

function stampOf(written: string | null, versions: KnownVersions): Stamp {
  if (written === null) return { is: 'none' };
  if (written === versions.current) return { is: 'current' };
  if (versions.older.includes(written)) return { is: 'older', version: written };
  return { is: 'unknown', written: written.slice(0, 20).replace(/[^\w.-]/g, '?') };
}
