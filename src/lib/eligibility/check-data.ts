// What the schema cannot see in the eligibility data: ids used twice, names of things that do not exist, rules
// that could never be read right, and answers that would break the guideline's verdict. Each problem names the
// field and says why, in Indonesian; the content check adds the file.
import type { EligibilityData } from '../../schemas/eligibility';
import { readinessLevels } from '../../schemas/vocabularies';
import type { Condition } from '../../schemas/eligibility-condition';
import { inlinePlaceholders, listPlaceholders } from './agreement';

export interface DataProblem {
  field: string;
  reason: string;
}

/** Keys of the share link and step names the data's ids must not take. */
const reservedQuestions = ['v', 'jenis', 'tujuan', 'bidang'];
const reservedSteps = ['jenis', 'tujuan', 'rencana', 'hasil'];

export function eligibilityProblems(data: EligibilityData): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (field: string, reason: string) => problems.push({ field, reason });
  const ids = (list: readonly { id: string }[], field: string) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) add(`${field}.${id}`, `id "${id}" dipakai lebih dari sekali`);
      seen.add(id);
    }
    return seen;
  };
  const known = (what: string, set: ReadonlySet<string>, values: readonly string[] | undefined, field: string) => {
    for (const value of values ?? []) if (!set.has(value)) add(field, `${what} "${value}" tidak ada (yang ada: ${[...set].join(', ')})`);
  };
  const kinds = ids(data.partnerKinds, 'partnerKinds');
  const themes = ids(data.themes, 'themes');
  const criteria = ids(data.criteria, 'criteria');
  const plan = ids(data.plan, 'plan');
  const forms = ids(data.forms, 'forms');
  const agreements = ids(data.agreements, 'agreements');
  ids(data.process, 'process');
  ids(data.safeguarding, 'safeguarding');
  ids(data.goals.options, 'goals.options');
  ids(data.fields.options, 'fields.options');

  for (const id of [...criteria].filter((c) => plan.has(c))) add(`plan.${id}`, `id "${id}" sudah dipakai sebuah kriteria; keduanya menjadi kunci di tautan hasil`);
  for (const id of [...criteria, ...plan].filter((q) => reservedQuestions.includes(q))) add(id, `id "${id}" dipakai tautan hasil untuk hal lain; pilih id lain`);
  for (const id of [...themes].filter((t) => reservedSteps.includes(t))) add(`themes.${id}`, `id "${id}" adalah nama langkah alat ini; pilih id lain`);

  /** `allow` names the condition fields a rule may use: a level cannot depend on the verdict it feeds. */
  const condition = (when: Condition | undefined, field: string, allow: readonly (keyof Condition)[]) => {
    if (!when) return;
    for (const key of Object.keys(when) as (keyof Condition)[]) {
      if (!allow.includes(key)) add(`${field}.when.${key}`, `"${key}" tidak dapat dipakai di sini: yang boleh hanya ${allow.join(', ')}`);
    }
    known('jenis mitra', kinds, when.kinds, `${field}.when.kinds`);
    known('pertanyaan rencana', plan, when.anyYes, `${field}.when.anyYes`);
    known('pertanyaan rencana', plan, when.noneYes, `${field}.when.noneYes`);
    known('bentuk kemitraan', forms, when.forms, `${field}.when.forms`);
  };

  for (const c of data.criteria) {
    const field = c.id;
    if (!themes.has(c.theme)) add(`${field}.theme`, `tema "${c.theme}" tidak ada (yang ada: ${[...themes].join(', ')})`);
    known('jenis mitra', kinds, c.appliesTo, `${field}.appliesTo`);
    c.evidence.forEach((e, i) => known('jenis mitra', kinds, e.kinds, `${field}.evidence[${i}].kinds`));
    if (typeof c.level !== 'string') c.level.forEach((rule, i) => condition(rule.when, `${field}.level[${i}]`, ['kinds', 'anyYes', 'noneYes']));
    ids(c.choices, `${field}.choices`);
    for (const grade of readinessLevels.filter((g) => !c.choices.some((ch) => ch.readiness === g))) {
      add(`${field}.choices`, `belum ada pilihan dengan kesiapan "${grade}"; setiap kriteria menawarkan keempat tingkat kesiapan`);
    }
    c.choices.forEach((ch, i) => {
      if ((ch.readiness === 'sudah') !== (ch.result === 'terpenuhi')) {
        add(`${field}.choices[${i}]`, 'hanya kesiapan "sudah" yang memenuhi kriteria ("terpenuhi"): sampai buktinya ada, kriteria belum terpenuhi (Pedoman Kemitraan Pasal 10 ayat (4))');
      }
      if (ch.result === 'komitmen' && !c.commitment) add(`${field}.choices[${i}].result`, 'pasal kriteria ini tidak mengizinkan komitmen tertulis sebagai pengganti; tulis "commitment: true" hanya bila pasalnya mengizinkan');
    });
    if (c.commitment && !c.choices.some((ch) => ch.result === 'komitmen')) add(`${field}.commitment`, 'kriteria ini mengizinkan komitmen tertulis, tetapi tidak ada pilihan dengan hasil "komitmen"');
  }

  const chosen = new Set<string>();
  data.formRules.forEach((rule, i) => {
    condition(rule.when, `formRules[${i}]`, ['kinds', 'verdicts', 'anyYes', 'noneYes']);
    if (!forms.has(rule.form)) add(`formRules[${i}].form`, `bentuk kemitraan "${rule.form}" tidak ada (yang ada: ${[...forms].join(', ')})`);
    chosen.add(rule.form);
  });
  for (const f of data.forms) {
    if (!chosen.has(f.id)) add(`forms.${f.id}`, 'bentuk ini tidak dipilih aturan mana pun di formRules');
    f.agreements.forEach((a, i) => known('naskah', agreements, [a.agreement], `forms.${f.id}.agreements[${i}].agreement`));
    if (!data.process.some((s) => !s.forms || s.forms.includes(f.id))) add(`forms.${f.id}`, 'bentuk ini tidak punya satu pun langkah di process');
  }
  for (const a of data.agreements) {
    ids(a.sections, `agreements.${a.id}.sections`);
    for (const s of a.sections) {
      const field = `agreements.${a.id}.${s.id}`;
      condition(s.when, field, ['kinds', 'verdicts', 'forms', 'anyYes', 'noneYes']);
      s.text.forEach((wording, i) => {
        condition(wording.when, `${field}.text[${i}]`, ['kinds', 'verdicts', 'forms', 'anyYes', 'noneYes']);
        for (const p of wording.paragraphs) {
          for (const [, name] of p.matchAll(/\{([^}]*)\}/g)) {
            const whole = p === `{${name}}`;
            const ok = whole ? (listPlaceholders as readonly string[]).includes(name!) : (inlinePlaceholders as readonly string[]).includes(name!);
            if (!ok) {
              add(`${field}.text[${i}]`, `penanda "{${name}}" tidak dikenal; di dalam kalimat: ${inlinePlaceholders.map((n) => `{${n}}`).join(', ')}; sebagai paragraf sendiri: ${listPlaceholders.map((n) => `{${n}}`).join(', ')}`);
            }
          }
        }
      });
    }
  }
  data.process.forEach((s) => known('bentuk kemitraan', forms, s.forms, `process.${s.id}.forms`));
  data.safeguarding.forEach((s) => known('kriteria', criteria, [s.criterion], `safeguarding.${s.id}.criterion`));
  for (const kind of kinds) {
    if (!data.criteria.some((c) => !c.appliesTo || c.appliesTo.includes(kind))) add('partnerKinds', `jenis mitra "${kind}" tidak punya kriteria`);
  }
  return problems;
}

/** Every clause link in the data, with its field, so the content check can check each against the documents. */
export function eligibilityLinks(data: EligibilityData): { field: string; href: string; inGuideline: boolean }[] {
  const links: { field: string; href: string; inGuideline: boolean }[] = [];
  const add = (field: string, href: string | undefined, inGuideline = true) => href && links.push({ field, href, inGuideline });
  add('verdictClause', data.verdictClause);
  for (const c of data.criteria) {
    add(`${c.id}.clause`, c.clause);
    add(`${c.id}.check.clause`, c.check.clause);
    add(`${c.id}.help.clause`, c.help?.clause);
  }
  add('noHelp.clause', data.noHelp.clause);
  add('goals.clause', data.goals.clause);
  add('fields.clause', data.fields.clause);
  for (const f of data.forms) add(`forms.${f.id}.clause`, f.clause);
  for (const a of data.agreements) {
    add(`agreements.${a.id}.clause`, a.clause);
    for (const s of a.sections) s.cites.forEach((c, i) => add(`agreements.${a.id}.${s.id}.cites[${i}]`, c.clause));
  }
  for (const s of data.process) s.cites.forEach((c, i) => add(`process.${s.id}.cites[${i}]`, c.clause));
  for (const s of data.safeguarding) s.ethics.forEach((href, i) => add(`safeguarding.${s.id}.ethics[${i}]`, href, false));
  return links;
}
