import { contentTable as table } from '../../../schemas/collections';
import type { GlossaryEntry } from '../../../schemas/glossary';
import type { RoutingModel } from '../../../schemas/routing';
import type { RegionalService } from '../../../schemas/service';
import { routingModelProblems, situationProblems, type RoutingFile } from '../../routing/check-model';
import { placeForCode } from '../../routing/place';
import { unexplained } from '../../routing/plain-words';
import { issuesToErrors, type ContentError } from '../errors';
import { checkList } from './check-list';
import type { ClauseCheck } from './clause-check';
import type { CorpusFiles } from './corpus-files';
import { parseScreening, screeningModelProblems } from './screening';

type RoutingFiles = Pick<CorpusFiles, 'routingQuestions' | 'routingDestinations' | 'routingSteps' | 'routingRules' | 'routingSituations' | 'screening' | 'glossary' | 'regionCodes'>;

interface Known {
  contacts: ReadonlySet<string>;
  cites: ClauseCheck;
  services: readonly RegionalService[];
  glossary: readonly GlossaryEntry[];
}

/**
 * The routing model and the pre-screening that runs on it: each file against its schema, then the references
 * between them, every clause they cite, every abbreviation they show the public, and every canonical situation
 * run through the rules. When a file does not parse, only its own problems are reported: no knock-on errors elsewhere.
 */
export function checkRouting(files: RoutingFiles, { contacts, cites, services, glossary }: Known): ContentError[] {
  const errors: ContentError[] = [];
  const { routingRules: rules } = files;
  const parsed = {
    questions: checkList(files.routingQuestions, table.routingQuestions.schema, errors),
    destinations: checkList(files.routingDestinations, table.routingDestinations.schema, errors),
    steps: checkList(files.routingSteps, table.routingSteps.schema, errors),
  };
  const ruleLists = table.routingRules.schema.safeParse(rules.data);
  if (!ruleLists.success) errors.push(...issuesToErrors(rules.file, rules.data, ruleLists.error.issues));
  const flow = parseScreening(files.screening);
  errors.push(...flow.errors);
  const rows = checkList(files.routingSituations, table.routingSituations.schema, errors);
  if (errors.length > 0 || !ruleLists.success) return errors;

  const model: RoutingModel = { questions: [...parsed.questions.values()], destinations: [...parsed.destinations.values()], steps: [...parsed.steps.values()], ...ruleLists.data };
  const fileOf: Record<RoutingFile, string> = {
    questions: files.routingQuestions.file,
    destinations: files.routingDestinations.file,
    steps: files.routingSteps.file,
    rules: rules.file,
    situations: files.routingSituations.file,
    screening: files.screening.file,
  };
  const refs = { contacts, cites };
  const problems = [...routingModelProblems(model, refs), ...(flow.parsed ? screeningModelProblems(model, flow.parsed, refs) : [])];
  const said = new Set<string>();
  // With a glossary that could not be read, abbreviations are not judged: that would blame every one.
  for (const text of files.glossary.broken ? [] : publicTexts(model)) {
    for (const word of unexplained(text.text, glossary)) {
      // One message per word and entry, however often the entry uses it.
      if (said.has(`${text.field}:${word}`)) continue;
      said.add(`${text.field}:${word}`);
      problems.push({ file: text.file, field: text.field, reason: `singkatan "${word}" belum dijelaskan: tambahkan ke ${files.glossary.file} (term, expansion, atau aliases), atau tulis kepanjangannya` });
    }
  }
  // The table is run only through a model without mistakes: its failures would otherwise repeat them.
  if (problems.length === 0) {
    const known = files.regionCodes;
    problems.push(...situationProblems(model, [...rows.values()], (code) => (!known || known.has(code) ? placeForCode(code, services) : undefined)));
  }
  return problems.map((p) => ({ file: fileOf[p.file], field: p.field, reason: p.reason }));
}

/** Every text of the routing model that the public tools show, with where it is written. */
function publicTexts(model: RoutingModel): { file: RoutingFile; field: string; text: string }[] {
  return [
    ...model.destinations.flatMap((d) => [d.name, d.what, d.reach ?? '', d.after.next, d.after.time ?? ''].map((text) => ({ file: 'destinations' as const, field: d.id, text }))),
    ...model.steps.flatMap((s) => [s.title, s.why, s.how, ...s.bring, s.child?.title ?? '', s.child?.text ?? ''].map((text) => ({ file: 'steps' as const, field: s.id, text }))),
  ];
}
