import type { CanonicalSituation, Condition, RoutingModel } from '../../schemas/routing';
import type { ScreeningFlow } from '../../schemas/screening';
import { conditionKeywords } from '../../schemas/vocabularies';
import { UNKNOWN_PLACE } from './answers';
import type { Place } from './place';
import { firstDestination, route } from './route';

/** Which file of the routing model a problem is in. */
export type RoutingFile = 'questions' | 'destinations' | 'steps' | 'rules' | 'situations' | 'screening';

export interface RoutingProblem {
  file: RoutingFile;
  field: string;
  reason: string;
}

export interface ModelRefs {
  /** Contact ids of contacts.yaml. */
  contacts: ReadonlySet<string>;
  /** Says what is wrong with a clause link, or undefined when it leads to a clause of a current version. */
  cites: (href: string) => string | undefined;
}

/**
 * What the schemas cannot see in the routing model: ids used twice, rules naming questions, answers, steps or
 * destinations that do not exist, steps no rule uses, destinations with no way in, and clauses that do not
 * exist. Returns one problem per mistake, each naming its file and field.
 */
export function routingModelProblems(model: RoutingModel, refs: ModelRefs): RoutingProblem[] {
  const problems: RoutingProblem[] = [];
  const add = (file: RoutingFile, field: string, reason: string) => problems.push({ file, field, reason });

  unique(model.questions, (id) => add('questions', id, `id "${id}" dipakai lebih dari sekali`));
  for (const q of model.questions) unique(q.options, (id) => add('questions', `${q.id}.options.${id}`, `id pilihan "${id}" dipakai lebih dari sekali`));
  if (model.questions.filter((q) => q.type === 'place').length > 1) add('questions', '(seluruh isi)', 'hanya boleh ada satu pertanyaan bertipe "place"');

  const destinations = new Set(model.destinations.map((d) => d.id));
  unique(model.destinations, (id) => add('destinations', id, `id "${id}" dipakai lebih dari sekali`));
  for (const d of model.destinations) {
    for (const c of d.contacts) if (!refs.contacts.has(c)) add('destinations', `${d.id}.contacts`, `kontak "${c}" tidak ada di contacts.yaml`);
    if (d.fallback && !refs.contacts.has(d.fallback)) add('destinations', `${d.id}.fallback`, `kontak "${d.fallback}" tidak ada di contacts.yaml`);
    if (d.contacts.length === 0 && !d.fallback) {
      add('destinations', `${d.id}.fallback`, 'tujuan tanpa kontak nasional wajib menyebut "fallback": layanan nasional yang menghubungkan orang bila kanal tujuan ini tidak ada');
    }
    for (const kind of Object.keys(d.regionalNotes)) {
      if (!d.regional.includes(kind as never)) add('destinations', `${d.id}.regionalNotes.${kind}`, `jenis layanan "${kind}" tidak ada di "regional" tujuan ini`);
    }
    const problem = refs.cites(d.clause);
    if (problem) add('destinations', `${d.id}.clause`, problem);
  }

  const steps = new Set(model.steps.map((s) => s.id));
  unique(model.steps, (id) => add('steps', id, `id "${id}" dipakai lebih dari sekali`));
  for (const s of model.steps) {
    if (s.destination && !destinations.has(s.destination)) add('steps', `${s.id}.destination`, `tujuan "${s.destination}" tidak ada di destinations.yaml`);
    for (const c of s.contacts ?? []) if (!refs.contacts.has(c)) add('steps', `${s.id}.contacts`, `kontak "${c}" tidak ada di contacts.yaml`);
    for (const [field, href] of [['clause', s.clause], ['guide', s.guide]] as const) {
      const problem = href && refs.cites(href);
      if (problem) add('steps', `${s.id}.${field}`, problem);
    }
  }

  const used = new Set<string>();
  for (const [list, rules] of [['urgent', model.urgent], ['routes', model.routes], ['additions', model.additions]] as const) {
    unique(rules, (id) => add('rules', `${list}.${id}`, `id aturan "${id}" dipakai lebih dari sekali dalam "${list}"`));
    for (const rule of rules) {
      for (const p of conditionProblems(model, rule.when)) add('rules', `${list}.${rule.id}.when${p.field}`, p.reason);
      for (const id of rule.steps) {
        used.add(id);
        if (!steps.has(id)) add('rules', `${list}.${rule.id}.steps`, `langkah "${id}" tidak ada di steps.yaml`);
      }
    }
  }
  for (const s of model.steps) if (!used.has(s.id)) add('steps', s.id, 'langkah ini tidak dipakai aturan mana pun di rules.yaml');
  return problems;
}

/**
 * The question and answer ids a condition names that do not exist. Field names start with "." so they read
 * after the rule's own field: `routes.abh.when.apa-terjadi`.
 */
export function conditionProblems(model: Pick<RoutingModel, 'questions'>, when: Condition | undefined): { field: string; reason: string }[] {
  if (!when) return [];
  const problems: { field: string; reason: string }[] = [];
  const { not, region: _region, ...asked } = when;
  for (const [prefix, part] of [['', asked], ['.not', not ?? {}]] as const) {
    for (const [questionId, answers] of Object.entries(part)) {
      const question = model.questions.find((q) => q.id === questionId);
      if (!question || question.type === 'place') {
        const known = model.questions.filter((q) => q.type !== 'place').map((q) => q.id);
        problems.push({ field: `${prefix}.${questionId}`, reason: `pertanyaan "${questionId}" tidak ada (yang ada: ${known.join(', ')}; kata khusus: ${conditionKeywords.join(', ')})` });
        continue;
      }
      for (const answer of answers) {
        if (!question.options.some((o) => o.id === answer)) {
          problems.push({ field: `${prefix}.${questionId}`, reason: `jawaban "${answer}" tidak ada pada pertanyaan "${questionId}" (yang ada: ${question.options.map((o) => o.id).join(', ')})` });
        }
      }
    }
  }
  return problems;
}

/**
 * Runs every canonical situation through the rules and says where the path is not what the table expects,
 * and where a row names something that does not exist. `placeFor` gives the place of a Kemendagri code, or
 * undefined when the code is unknown.
 */
export function situationProblems(model: RoutingModel, situations: readonly CanonicalSituation[], placeFor: (code: string) => Place | undefined): RoutingProblem[] {
  const problems: RoutingProblem[] = [];
  const add = (field: string, reason: string) => problems.push({ file: 'situations', field, reason });
  const destinations = new Set(model.destinations.map((d) => d.id));
  unique(situations, (id) => add(id, `id "${id}" dipakai lebih dari sekali`));
  for (const row of situations) {
    let valid = true;
    for (const [questionId, answers] of Object.entries(row.answers)) {
      const question = model.questions.find((q) => q.id === questionId);
      const problem = !question
        ? `pertanyaan "${questionId}" tidak ada`
        : question.type === 'place'
          ? 'daerah ditulis di "place", bukan di "answers"'
          : answers.find((a) => !question.options.some((o) => o.id === a))
            ? `jawaban "${answers.find((a) => !question.options.some((o) => o.id === a))}" tidak ada pada pertanyaan "${questionId}"`
            : question.type === 'single' && answers.length !== 1
              ? 'pertanyaan ini dijawab dengan tepat satu pilihan'
              : undefined;
      if (problem) {
        add(`${row.id}.answers.${questionId}`, problem);
        valid = false;
      }
    }
    // A browser test answers every question, as a person must: the row says each answer.
    const unanswered = row.browser ? model.questions.filter((q) => q.type !== 'place' && !row.answers[q.id]).map((q) => q.id) : [];
    if (unanswered.length > 0) add(`${row.id}.answers`, `baris yang diuji di peramban menjawab setiap pertanyaan; belum ada: ${unanswered.join(', ')}`);
    for (const id of [row.first, ...row.mentions, ...row.never]) {
      if (!destinations.has(id)) {
        add(row.id, `tujuan "${id}" tidak ada di destinations.yaml`);
        valid = false;
      }
    }
    const place = row.place && row.place !== UNKNOWN_PLACE ? placeFor(row.place) : undefined;
    if (row.place && !place) {
      add(`${row.id}.place`, `kode wilayah "${row.place}" tidak ada dalam data wilayah Kemendagri`);
      valid = false;
    }
    if (!valid) continue;

    const path = route(model, row.answers, place);
    const shown = path.steps.flatMap((s) => (s.destination ? [s.destination.id] : []));
    const first = firstDestination(path)?.id;
    if (first !== row.first) add(`${row.id}.first`, `aturan mengirim ke "${first ?? '(tidak ada tujuan)'}" lebih dulu, bukan "${row.first}" (jalur: ${shown.join(' → ') || 'kosong'})`);
    const missing = row.mentions.filter((m) => !shown.includes(m));
    if (missing.length > 0) add(`${row.id}.mentions`, `jalur tidak menyebut ${missing.map((m) => `"${m}"`).join(', ')} (jalur: ${shown.join(' → ')})`);
    const unwanted = row.never.filter((n) => shown.includes(n));
    if (unwanted.length > 0) add(`${row.id}.never`, `jalur menyebut ${unwanted.map((m) => `"${m}"`).join(', ')}, padahal tidak boleh (jalur: ${shown.join(' → ')})`);
  }
  return problems;
}

/** The pre-screening's own file: what follows which question, its conditions, contacts and clauses. */
export function screeningProblems(model: RoutingModel, flow: ScreeningFlow, refs: ModelRefs): RoutingProblem[] {
  const problems: RoutingProblem[] = [];
  const add = (field: string, reason: string) => problems.push({ file: 'screening', field, reason });
  unique(flow.interludes, (id) => add(`interludes.${id}`, `id "${id}" dipakai lebih dari sekali`));
  for (const page of flow.interludes) {
    if (!model.questions.some((q) => q.id === page.after)) add(`interludes.${page.id}.after`, `pertanyaan "${page.after}" tidak ada di questions.yaml`);
    for (const p of conditionProblems(model, page.when)) add(`interludes.${page.id}.when${p.field}`, p.reason);
    for (const c of page.contacts) if (!refs.contacts.has(c)) add(`interludes.${page.id}.contacts`, `kontak "${c}" tidak ada di contacts.yaml`);
  }
  for (const [list, rules] of [['kpai', flow.kpai], ['urgency', flow.urgency]] as const) {
    unique(rules, (id) => add(`${list}.${id}`, `id "${id}" dipakai lebih dari sekali`));
    for (const rule of rules) for (const p of conditionProblems(model, rule.when)) add(`${list}.${rule.id}.when${p.field}`, p.reason);
  }
  for (const role of flow.kpai) {
    for (const { href } of role.clauses) {
      const problem = refs.cites(href);
      if (problem) add(`kpai.${role.id}.clauses`, problem);
    }
  }
  return problems;
}

function unique(items: readonly { id: string }[], repeated: (id: string) => void): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) repeated(id);
    seen.add(id);
  }
}
