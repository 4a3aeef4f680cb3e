import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { checkCorpus, type CorpusFiles, type ParsedFile } from './check-corpus';
import type { ContentError } from './errors';
import type { Dated } from '../contacts/stale';

/** Where content lives below a content root (normally `src/content`). */
export const CONTENT_LAYOUT = {
  registry: 'documents.yaml',
  contacts: 'contacts.yaml',
  glossary: 'glossary.yaml',
  flows: 'flows.yaml',
  screening: 'tools/screening/flow.yaml',
  eligibility: 'tools/eligibility/criteria.yaml',
  routing: {
    questions: 'tools/routing/questions.yaml',
    destinations: 'tools/routing/destinations.yaml',
    steps: 'tools/routing/steps.yaml',
    rules: 'tools/routing/rules.yaml',
    situations: 'tools/routing/situations.yaml',
  },
  services: 'services/regional.yaml',
  /** Optional here: a content tree without it is not checked for it (the page that shows it needs it). */
  figures: 'figures/complaints.yaml',
  versions: 'documents',
} as const;

/**
 * Reads every content file below `contentDir` and checks it. Paths in errors are relative to `cwd`, so
 * they can be opened from the build log. Returns no errors for valid content. Region codes in the service
 * directory are checked against `regionCodes` when given (the build loads them from idn-area-data); dates in
 * contacts against `today` (YYYY-MM-DD).
 */
export function checkContentDir(
  contentDir: string,
  cwd = process.cwd(),
  regionCodes?: ReadonlySet<string>,
  today = new Date().toISOString().slice(0, 10),
): ContentError[] {
  const errors: ContentError[] = [];
  const show = (path: string) => relative(cwd, path);
  const readYaml = (path: string): ParsedFile => {
    const file = show(path);
    if (!existsSync(path)) {
      errors.push({ file, field: '(berkas)', reason: 'berkas tidak ditemukan' });
      return { file, data: [] };
    }
    return { file, data: parseYaml(file, readFileSync(path, 'utf8'), errors) };
  };

  const versionsDir = join(contentDir, CONTENT_LAYOUT.versions);
  const files: CorpusFiles = {
    versionsDir: show(versionsDir),
    registry: readYaml(join(contentDir, CONTENT_LAYOUT.registry)),
    contacts: readYaml(join(contentDir, CONTENT_LAYOUT.contacts)),
    glossary: readYaml(join(contentDir, CONTENT_LAYOUT.glossary)),
    flows: readYaml(join(contentDir, CONTENT_LAYOUT.flows)),
    screening: readYaml(join(contentDir, CONTENT_LAYOUT.screening)),
    eligibility: readYaml(join(contentDir, CONTENT_LAYOUT.eligibility)),
    routing: {
      questions: readYaml(join(contentDir, CONTENT_LAYOUT.routing.questions)),
      destinations: readYaml(join(contentDir, CONTENT_LAYOUT.routing.destinations)),
      steps: readYaml(join(contentDir, CONTENT_LAYOUT.routing.steps)),
      rules: readYaml(join(contentDir, CONTENT_LAYOUT.routing.rules)),
      situations: readYaml(join(contentDir, CONTENT_LAYOUT.routing.situations)),
    },
    services: readYaml(join(contentDir, CONTENT_LAYOUT.services)),
    ...(existsSync(join(contentDir, CONTENT_LAYOUT.figures)) ? { figures: readYaml(join(contentDir, CONTENT_LAYOUT.figures)) } : {}),
    regionCodes,
    today,
    versions: listMdx(versionsDir).flatMap((path) => {
      const file = show(path);
      const source = readFileSync(path, 'utf8');
      const parts = splitFrontmatter(source);
      if (!parts) {
        errors.push({ file, field: '(frontmatter)', reason: 'berkas harus diawali blok frontmatter YAML di antara dua baris "---"' });
        return [];
      }
      // Lines in the body are counted from the top of the file, as an editor shows them.
      const body = '\n'.repeat(parts.bodyLine - 1) + parts.body;
      return [{ file, data: parseYaml(file, parts.frontmatter, errors), body }];
    }),
  };
  return [...errors, ...checkCorpus(files)];
}

export function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(dir, name));
}

export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = source.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!match) return undefined;
  return { frontmatter: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function parseYaml(file: string, text: string, errors: ContentError[]): unknown {
  try {
    return parse(text);
  } catch (error) {
    const reason = error instanceof YAMLParseError ? `YAML tidak dapat dibaca: ${error.message.split('\n')[0]}` : String(error);
    errors.push({ file, field: '(YAML)', reason });
    return undefined;
  }
}

/**
 * Every dated fact about how to reach a service: each channel of contacts.yaml and of the regional
 * directory, and each regional service's own source, with its source's date and the day a person last
 * checked it. Assumes the files have passed `checkContentDir`.
 */
export function datedEntries(contentDir: string, cwd = process.cwd()): Dated[] {
  const read = (name: string) => {
    const path = join(contentDir, name);
    return { file: relative(cwd, path), data: (existsSync(path) ? parse(readFileSync(path, 'utf8')) : []) as DatedYaml[] };
  };
  return [read(CONTENT_LAYOUT.contacts), read(CONTENT_LAYOUT.services)].flatMap(({ file, data }) =>
    (data ?? []).flatMap((entry) => [
      ...(entry.sourceDate ? [dated(file, `${entry.id} (sumber layanan)`, entry)] : []),
      ...(entry.channels ?? []).map((c) => dated(file, `${entry.id}: ${c.kind} ${c.value}`, c)),
    ]),
  );
}

interface DatedFields {
  sourceDate?: string | Date;
  checkedAt?: string | Date | null;
}

interface DatedYaml extends DatedFields {
  id: string;
  channels?: (DatedFields & { kind: string; value: string })[];
}

function dated(file: string, label: string, { sourceDate, checkedAt }: DatedFields): Dated {
  return { file, label, sourceDate: dateText(sourceDate!), ...(checkedAt ? { checkedAt: dateText(checkedAt) } : {}) };
}

// YAML reads an unquoted 2024-08-14 as a Date; the schemas accept both, and so does this.
const dateText = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
