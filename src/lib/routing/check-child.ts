import type { Condition, RoutingModel } from '../../schemas/routing';
import type { ScreeningFlow } from '../../schemas/screening';
import { UNKNOWN_PLACE } from './answers';
import type { ModelRefs, RoutingProblem } from './check-model';

/** Placeholders a letter sentence may carry: what the child said happened, and the first places to contact. */
export const LETTER_PLACEHOLDERS = ['kejadian', 'langkah'] as const;

/**
 * Child mode ("Untuk anak"), checked once it exists (flow.yaml has `child`): every question says how a child is
 * asked it (every option in a child's words) or which answer is used instead; every interlude, KPAI role and
 * urgency has its child text; every step a child can reach has its child summary; the promise cites clauses that
 * exist; the letter's ids and placeholders are sound. One problem per mistake, each with its file and field.
 */
export function childModeProblems(model: RoutingModel, flow: ScreeningFlow, refs: ModelRefs): RoutingProblem[] {
  const problems: RoutingProblem[] = [];
  const child = flow.child;
  if (!child) {
    for (const q of model.questions) if (q.child) problems.push({ file: 'screening', field: 'child', reason: `pertanyaan "${q.id}" punya bentuk untuk anak, tetapi bagian "child" di berkas ini belum ada` });
    return problems.slice(0, 1);
  }
  const add = (file: RoutingProblem['file'], field: string, reason: string) => problems.push({ file, field, reason });

  const fixed: Record<string, string[]> = {};
  for (const q of model.questions) {
    const c = q.child;
    if (!c) {
      add('questions', `${q.id}.child`, 'wajib ada untuk bagian "Untuk anak": tulis pertanyaan ini dengan kata-kata anak, atau "skip" dengan jawaban yang dipakai');
      continue;
    }
    if (c.skip) {
      const known = q.type === 'place' ? [UNKNOWN_PLACE] : q.options.map((o) => o.id);
      const wrong = c.skip.filter((a) => !known.includes(a));
      if (wrong.length > 0) add('questions', `${q.id}.child.skip`, `jawaban "${wrong.join('", "')}" tidak ada pada pertanyaan ini (yang ada: ${known.join(', ')})`);
      else if (q.type !== 'multiple' && c.skip.length !== 1) add('questions', `${q.id}.child.skip`, 'pertanyaan ini dijawab dengan tepat satu pilihan');
      else fixed[q.id] = c.skip;
      continue;
    }
    for (const o of q.options) if (!c.options[o.id]) add('questions', `${q.id}.child.options`, `pilihan "${o.id}" belum ditulis dengan kata-kata anak`);
    for (const id of Object.keys(c.options)) if (!q.options.some((o) => o.id === id)) add('questions', `${q.id}.child.options.${id}`, `pilihan "${id}" tidak ada pada pertanyaan ini`);
  }

  for (const i of flow.interludes) if (!i.child && !fixed[i.after]) add('screening', `interludes.${i.id}.child`, 'wajib ada untuk bagian "Untuk anak": judul dan isi halaman ini dengan kata-kata anak');
  for (const [list, rules] of [['kpai', flow.kpai], ['urgency', flow.urgency]] as const) {
    for (const rule of rules) if (!rule.child && compatible(rule.when, fixed)) add('screening', `${list}.${rule.id}.child`, 'wajib ada untuk bagian "Untuk anak": tulis kalimat ini dengan kata-kata anak');
  }

  const reachable = new Set<string>();
  for (const rule of [...model.urgent, ...model.routes, ...model.additions]) if (compatible(rule.when, fixed)) rule.steps.forEach((s) => reachable.add(s));
  for (const s of model.steps) if (reachable.has(s.id) && !s.child) add('steps', `${s.id}.child`, 'anak dapat sampai ke langkah ini: tulis judul dan ringkasannya dengan kata-kata anak (child.title, child.text)');

  child.promise.items.forEach((item, n) => {
    const problem = refs.cites(item.clause);
    if (problem) add('screening', `child.promise.items.${n + 1}.clause`, problem);
  });
  const parts = new Set<string>();
  for (const part of child.letter.parts) {
    if (parts.has(part.id)) add('screening', `child.letter.parts.${part.id}`, `id "${part.id}" dipakai lebih dari sekali`);
    parts.add(part.id);
    for (const [, name] of (part.sentence ?? '').matchAll(/\{([^}]*)\}/g)) {
      if (name !== 'pilihan') add('screening', `child.letter.parts.${part.id}.sentence`, `"{${name}}" tidak dikenal (yang ada: {pilihan})`);
    }
    const options = new Set<string>();
    for (const o of part.options) {
      if (options.has(o.id)) add('screening', `child.letter.parts.${part.id}.options.${o.id}`, `id "${o.id}" dipakai lebih dari sekali`);
      options.add(o.id);
      for (const [, name] of o.text.matchAll(/\{([^}]*)\}/g)) {
        if (!(LETTER_PLACEHOLDERS as readonly string[]).includes(name!)) add('screening', `child.letter.parts.${part.id}.options.${o.id}.text`, `"{${name}}" tidak dikenal (yang ada: ${LETTER_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
      }
    }
  }
  return problems;
}

/**
 * Whether a rule can hold for a child: for each question a child is not asked, the rule asks for an answer the child
 * is given, and does not exclude it. Questions a child is asked can take any answer, so they never rule it out.
 */
export function compatible(when: Condition | undefined, fixed: Readonly<Record<string, readonly string[]>>): boolean {
  if (!when) return true;
  const { not, region: _region, ...asked } = when;
  for (const [q, given] of Object.entries(fixed)) {
    const wanted = asked[q] as string[] | undefined;
    if (wanted && !given.some((a) => wanted.includes(a))) return false;
    if (not?.[q] && given.every((a) => not[q]!.includes(a))) return false;
  }
  return true;
}
