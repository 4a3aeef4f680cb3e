import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { mdxToMdast } from 'satteri';
import { checkCorpus, type CorpusFiles, type ParsedFile, type VersionFile } from './check-corpus';
import type { ContentError } from './errors';
import { firstInvalidUtf8 } from './encoding';
import { locateField } from './locate';
import { mdxSyntaxProblem } from './mdx-errors';
import { yamlErrorReason, yamlProblem } from './yaml-errors';
import type { Dated } from '../contacts/stale';
import type { InstrumentSource } from '../instruments/check';
import { lineFinder } from './yaml-lines';
import { instrumentLag } from '../instruments/lag';
import { SOP } from '../instruments/constants';
import type { Status } from '../../schemas/document';

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
  synonyms: 'search/synonyms.yaml',
  relevance: 'search/relevance.yaml',
  instruments: 'instruments',
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
  return checkContent(contentDir, cwd, regionCodes, today).errors;
}

/** A version file larger than this makes a heavy page on a phone and swells the search index. */
export const VERSION_SIZE_LIMIT = 250 * 1024;

/** Like `checkContentDir`, with the warnings that do not stop the build: version files over the size limit. */
export function checkContent(
  contentDir: string,
  cwd = process.cwd(),
  regionCodes?: ReadonlySet<string>,
  today = new Date().toISOString().slice(0, 10),
): { errors: ContentError[]; warnings: ContentError[] } {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const show = (path: string) => relative(cwd, path);
  // The YAML text of each file read, to say on which line a field's mistake is.
  const texts = new Map<string, { text: string; lineOffset: number }>();
  const readYaml = (path: string): ParsedFile => {
    const file = show(path);
    if (!existsSync(path)) {
      errors.push({ file, field: '(berkas)', reason: 'berkas tidak ditemukan' });
      return { file, data: [], broken: true };
    }
    const text = readText(file, path, errors);
    if (text === undefined) return { file, data: [], broken: true };
    texts.set(file, { text, lineOffset: 0 });
    const data = parseYaml(file, text, errors);
    return { file, data, ...(data === undefined ? { broken: true } : {}) };
  };

  const versionsDir = join(contentDir, CONTENT_LAYOUT.versions);
  const files: CorpusFiles = {
    versionsDir: show(versionsDir),
    instrumentsDir: show(join(contentDir, CONTENT_LAYOUT.instruments)),
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
    // Search's own files are optional: a content tree without them (a test fixture) has nothing to check.
    search: {
      ...(existsSync(join(contentDir, CONTENT_LAYOUT.synonyms)) ? { synonyms: readYaml(join(contentDir, CONTENT_LAYOUT.synonyms)) } : {}),
      ...(existsSync(join(contentDir, CONTENT_LAYOUT.relevance)) ? { relevance: readYaml(join(contentDir, CONTENT_LAYOUT.relevance)) } : {}),
    },
    today,
    versions: listMdx(versionsDir).flatMap((path): VersionFile[] => {
      const file = show(path);
      const source = readText(file, path, errors);
      if (source === undefined) return [{ file, data: undefined, broken: true }];
      const size = Buffer.byteLength(source);
      if (size > VERSION_SIZE_LIMIT) {
        warnings.push({ file, field: '(ukuran)', reason: `berkas ini ${kilobytes(size)}, lebih dari batas ${kilobytes(VERSION_SIZE_LIMIT)}: halamannya berat dibuka di ponsel dan indeks pencarian membengkak; pecah menjadi beberapa dokumen atau bab` });
      }
      const parts = splitFrontmatter(source);
      if (!parts) {
        errors.push({ file, field: '(frontmatter)', line: 1, reason: 'berkas harus diawali blok frontmatter YAML di antara dua baris "---"' });
        return [{ file, data: undefined, broken: true }];
      }
      texts.set(file, { text: parts.frontmatter, lineOffset: 1 });
      // Lines in the body are counted from the top of the file, as an editor shows them.
      const body = '\n'.repeat(parts.bodyLine - 1) + parts.body;
      const syntax = mdxSyntaxError(file, parts.body, parts.bodyLine);
      if (syntax) errors.push(syntax);
      const data = parseYaml(file, parts.frontmatter, errors, 1);
      return [{ file, data, body, frontmatterEnd: parts.bodyLine - 1, ...(data === undefined || syntax ? { broken: true } : {}) }];
    }),
    instruments: listFiles(join(contentDir, CONTENT_LAYOUT.instruments), '.yaml').flatMap((path): InstrumentSource[] => {
      const file = show(path);
      const text = readText(file, path, errors);
      const data = text === undefined ? undefined : parseYaml(file, text, errors);
      // A file that cannot be read is still listed, without data: its SOP version's list of instruments is then
      // not checked against the files, so its one mistake is not also reported as a missing instrument.
      return [data === undefined ? { file, data } : { file, data, lineOf: lineFinder(text!) }];
    }),
  };
  const lag = instrumentLag(
    files.versions.flatMap(({ data }) => {
      const fm = data as { document?: unknown; version?: unknown; status?: unknown } | undefined;
      return fm?.document === SOP && typeof fm.version === 'string' && typeof fm.status === 'string' ? [{ version: fm.version, status: fm.status as Status }] : [];
    }),
    (files.instruments ?? []).map((i) => i.file.split('/').at(-1)!.replace(/\.yaml$/, '')),
  );
  if (lag) warnings.push({ file: `${files.instrumentsDir}/`, field: '(versi SOP)', reason: lag });
  // Each mistake is placed on its line where the file says where: the field followed into the YAML text.
  const placed = [...errors, ...checkCorpus(files)].map((error) => {
    const source = error.line ? undefined : texts.get(error.file);
    const at = source && locateField(source.text, error.field, source.lineOffset);
    return at ? { ...error, ...at } : error;
  });
  return { errors: placed, warnings };
}

export function listMdx(dir: string): string[] {
  return listFiles(dir, '.mdx');
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = source.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!match) return undefined;
  return { frontmatter: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function parseYaml(file: string, text: string, errors: ContentError[], lineOffset = 0): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const [start] = error.linePos ?? [];
    const problem = start ? yamlProblem(error.code, text, start.line, start.col) : { reason: yamlErrorReason(error.code) };
    errors.push({ file, field: '(YAML)', ...problem, ...('line' in problem ? { line: problem.line + lineOffset } : {}) });
    return undefined;
  }
}

/** A file's text, or an error saying where it stops being UTF-8 (and undefined). */
function readText(file: string, path: string, errors: ContentError[]): string | undefined {
  const bytes = readFileSync(path);
  const bad = firstInvalidUtf8(bytes);
  if (!bad) return bytes.toString('utf8');
  errors.push({
    file,
    field: '(pengodean)',
    ...bad,
    reason: 'berkas ini bukan UTF-8: ada huruf yang disimpan dengan pengodean lain (misalnya dari Word atau Windows-1252). Simpan ulang berkas sebagai UTF-8, lalu periksa huruf di baris ini',
  });
  return undefined;
}

/** The first MDX syntax mistake in a version's body, placed on its line in the file. */
function mdxSyntaxError(file: string, body: string, bodyLine: number): ContentError | undefined {
  try {
    mdxToMdast(body, { features: { headingAttributes: true } });
    return undefined;
  } catch (error) {
    const problem = mdxSyntaxProblem(error instanceof Error ? error.message : String(error));
    return { file, field: '(MDX)', reason: problem.reason, ...(problem.line ? { line: problem.line + bodyLine - 1, column: problem.column } : {}) };
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

const kilobytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.round(bytes / 1024)} KB`);
