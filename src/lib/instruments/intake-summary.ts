import type { Question } from '../../schemas/routing';
import type { Answers } from '../routing/answers';
import { formatDate } from '../format-date';
import { OTHER, otherKey, type FormValues } from './form-values';

/** The instrument the pre-screening's summary for staff is laid out as. */
export const INTAKE_SUMMARY = { instrument: 'lembar-penerimaan' } as const;

/** The urgent needs the lembar penerimaan ticks (SOP Pasal 12 ayat (2), "Kebutuhan mendesak"). */
export type UrgentNeed = 'keselamatan' | 'kesehatan' | 'tempat-tinggal' | 'sekolah';

/** What the pre-screening knows when it offers a summary for staff: the answers, in the words the person chose. */
export interface IntakeSummaryInput {
  /** Is a child in danger now. */
  dangerNow: 'ya' | 'tidak' | 'tidak-tahu';
  /** The child's age at the time, in words ("di bawah 18 tahun", "15"), when asked. */
  age?: string;
  /** What happened: the situations chosen. */
  what: readonly string[];
  /** When it happened: a date (YYYY-MM-DD) or words ("sejak tahun lalu"). */
  when?: string;
  /** Where it happened: the places chosen ("di rumah", "di sekolah"). */
  where: readonly string[];
  /** Who is involved: the people chosen. */
  who: readonly string[];
  province?: string;
  regency?: string;
  /** What has been done already: services contacted and what came of it. */
  done: readonly string[];
  needs?: readonly UrgentNeed[];
  /** Whether the child has a disability. */
  disability?: 'ya' | 'tidak' | 'tidak-tahu';
}

const DANGER = { ya: 'ya', tidak: 'tidak', 'tidak-tahu': 'tidak-diketahui' } as const;
const DISABILITY = { tidak: 'tidak-ada', 'tidak-tahu': 'tidak-diketahui' } as const;

/**
 * The lembar penerimaan's fields filled from the pre-screening's answers, so a child need not tell the story
 * again. Nothing here names anyone: the pre-screening asks no name. What it did not ask stays blank for the officer.
 *
 * @example intakeSummaryValues({ dangerNow: 'tidak', what: ['Dipukul'], where: ['Di rumah'], who: ['Orang tua'], done: [] })['teradu-pihak'] // 'Orang tua'
 */
export function intakeSummaryValues(input: IntakeSummaryInput): FormValues {
  const values: FormValues = { 'anak-dalam-bahaya': [DANGER[input.dangerNow]], jenis: ['pengaduan'] };
  const put = (key: string, parts: readonly string[]) => {
    if (parts.length > 0) values[key] = parts.join('; ');
  };
  put('kronologi-apa', input.what);
  put('kronologi-di-mana', input.where);
  put('teradu-pihak', input.who);
  put('langkah-sebelumnya', input.done);
  if (input.when) values['kronologi-kapan'] = /^\d{4}-\d{2}-\d{2}$/.test(input.when) ? formatDate(input.when) : input.when;
  if (input.age) values['anak-usia'] = input.age;
  if (input.province) values['anak-provinsi'] = input.province;
  if (input.regency) values['anak-kabupaten-kota'] = input.regency;
  const needs = new Set<string>(input.needs ?? []);
  if (input.dangerNow === 'ya') needs.add('keselamatan');
  if (needs.size > 0) values['kebutuhan-mendesak'] = [...needs];
  if (input.disability === 'ya') {
    values['anak-disabilitas'] = [OTHER];
    values[otherKey('anak-disabilitas')] = 'ada (jenisnya ditanyakan petugas)';
  } else if (input.disability) values['anak-disabilitas'] = [DISABILITY[input.disability]];
  return values;
}

/** The line under the summary's title: where it came from and what the officer still asks. */
export function intakeSummaryNote(answeredOn: string): string {
  return `Diisi dari jawaban cek pengaduan di Pedoman KPAI pada ${formatDate(answeredOn)}. Yang kosong diisi petugas bersama Pengadu; hal yang sudah tertulis di sini tidak perlu diceritakan ulang.`;
}

/**
 * Which routing question answers which part of the summary: one table, so renaming a question is caught by the
 * test that runs it against the real questions (tests/unit/instruments/prefill.test.ts).
 */
export const INTAKE_QUESTIONS = {
  danger: 'bahaya',
  age: 'usia',
  what: 'apa-terjadi',
  where: 'di-mana',
  done: 'penanganan',
  circumstances: 'keadaan',
  disability: 'disabilitas',
} as const;

/**
 * The pre-screening's answers (the routing engine's shape) as the summary's input: each chosen option in the
 * words the person chose it by, the place by name.
 */
export function intakeInput(questions: readonly Question[], answers: Answers, place: { province?: string; regency?: string }): IntakeSummaryInput {
  const q = INTAKE_QUESTIONS;
  const labels = (id: string) => {
    const question = questions.find((x) => x.id === id);
    return (answers[id] ?? []).flatMap((a) => question?.options.find((o) => o.id === a)?.label ?? []);
  };
  const danger = answers[q.danger]?.[0];
  return {
    dangerNow: danger === 'ya' ? 'ya' : danger === 'tidak' ? 'tidak' : 'tidak-tahu',
    ...(labels(q.age)[0] ? { age: labels(q.age)[0] } : {}),
    what: labels(q.what),
    where: labels(q.where),
    who: [],
    done: labels(q.done),
    ...(place.province ? { province: place.province } : {}),
    ...(place.regency ? { regency: place.regency } : {}),
    ...(answers[q.circumstances]?.includes(q.disability) ? { disability: 'ya' as const } : {}),
  };
}
