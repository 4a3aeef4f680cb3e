import { parse, YAMLParseError } from 'yaml';
import { mdxToMdast } from 'satteri';
import type { OptionalName, YamlName } from '../../schemas/collections';
import type { Status } from '../../schemas/document';
import type { InstrumentSource } from '../instruments/check';
import { instrumentLag } from '../instruments/lag';
import { SOP } from '../instruments/constants';
import { checkCorpus } from './check-corpus';
import type { CorpusFiles, ParsedFile, VersionFile } from './checks/corpus-files';
import { firstInvalidUtf8 } from './encoding';
import type { ContentError } from './errors';
import { splitFrontmatter } from './frontmatter';
import { locateField } from './locate';
import { mdxSyntaxProblem } from './mdx-errors';
import { yamlErrorReason, yamlProblem } from './yaml-errors';
import { lineFinder } from './yaml-lines';

/** One content file as read from disk: its path as an author sees it, and its bytes (none when it is missing). */
export interface Source {
  file: string;
  bytes?: Uint8Array;
}

/**
 * Every content file of a tree, as bytes, by its name in the content table (src/schemas/collections.ts). The
 * integration reads them (src/integrations/read-content.ts); everything else here is pure.
 */
export interface ContentSources {
  /** Each YAML file; an optional file the tree does not have is left out. */
  yaml: { [K in Exclude<YamlName, OptionalName>]: Source } & { [K in OptionalName]?: Source };
  versions: Required<Source>[];
  instruments: Required<Source>[];
  /** The folders of versions and instruments, as an author sees them. */
  versionsDir: string;
  instrumentsDir: string;
}

export interface ContentReportBase {
  errors: ContentError[];
  warnings: ContentError[];
  /** Every file as parsed, for what the build reads after the check (the contacts' dates). */
  files: CorpusFiles;
}

/** A version file larger than this makes a heavy page on a phone and swells the search index. */
export const VERSION_SIZE_LIMIT = 250 * 1024;

/**
 * Parses and checks every content file. Returns no errors for valid content; warnings do not stop the build
 * (version files over the size limit, instruments behind the SOP). Region codes in the service directory are
 * checked against `regionCodes` when given; dates in contacts against `today` (YYYY-MM-DD).
 */
export function checkSources(sources: ContentSources, { regionCodes, today }: { regionCodes?: ReadonlySet<string>; today: string }): ContentReportBase {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  // The YAML text of each file read, to say on which line a field's mistake is.
  const texts = new Map<string, { text: string; lineOffset: number }>();
  const readYaml = ({ file, bytes }: Source): ParsedFile => {
    if (!bytes) {
      errors.push({ file, field: '(berkas)', reason: 'berkas tidak ditemukan' });
      return { file, data: [], broken: true };
    }
    const text = decode(file, bytes, errors);
    if (text === undefined) return { file, data: [], broken: true };
    texts.set(file, { text, lineOffset: 0 });
    const data = parseYaml(file, text, errors);
    return { file, data, ...(data === undefined ? { broken: true } : {}) };
  };
  const yaml = Object.fromEntries(Object.entries(sources.yaml).map(([name, source]) => [name, readYaml(source)])) as Pick<CorpusFiles, YamlName>;

  const files: CorpusFiles = {
    ...yaml,
    versionsDir: sources.versionsDir,
    instrumentsDir: sources.instrumentsDir,
    regionCodes,
    today,
    versions: sources.versions.map(({ file, bytes }): VersionFile => {
      const source = decode(file, bytes, errors);
      if (source === undefined) return { file, data: undefined, broken: true };
      const size = bytes.length;
      if (size > VERSION_SIZE_LIMIT) {
        warnings.push({ file, field: '(ukuran)', reason: `berkas ini ${kilobytes(size)}, lebih dari batas ${kilobytes(VERSION_SIZE_LIMIT)}: halamannya berat dibuka di ponsel dan indeks pencarian membengkak; pecah menjadi beberapa dokumen atau bab` });
      }
      const parts = splitFrontmatter(source);
      if (!parts) {
        errors.push({ file, field: '(frontmatter)', line: 1, reason: 'berkas harus diawali blok frontmatter YAML di antara dua baris "---"' });
        return { file, data: undefined, broken: true };
      }
      texts.set(file, { text: parts.frontmatter, lineOffset: 1 });
      // Lines in the body are counted from the top of the file, as an editor shows them.
      const body = '\n'.repeat(parts.bodyLine - 1) + parts.body;
      const syntax = mdxSyntaxError(file, parts.body, parts.bodyLine);
      if (syntax) errors.push(syntax);
      const data = parseYaml(file, parts.frontmatter, errors, 1);
      return { file, data, body, frontmatterEnd: parts.bodyLine - 1, ...(data === undefined || syntax ? { broken: true } : {}) };
    }),
    instruments: sources.instruments.map(({ file, bytes }): InstrumentSource => {
      const text = decode(file, bytes, errors);
      const data = text === undefined ? undefined : parseYaml(file, text, errors);
      // A file that cannot be read is still listed, without data: its SOP version's list of instruments is then
      // not checked against the files, so its one mistake is not also reported as a missing instrument.
      return data === undefined ? { file, data } : { file, data, lineOf: lineFinder(text!) };
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
  return { errors: placed, warnings, files };
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

/** A file's text, or an error saying where it stops being UTF-8 (and undefined). A byte-order mark is kept, as read. */
function decode(file: string, bytes: Uint8Array, errors: ContentError[]): string | undefined {
  const bad = firstInvalidUtf8(bytes);
  if (!bad) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
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

const kilobytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.round(bytes / 1024)} KB`);
