import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { checkCorpus, type CorpusFiles, type ParsedFile } from './check-corpus';
import type { ContentError } from './errors';

/** Where content lives below a content root (normally `src/content`). */
export const CONTENT_LAYOUT = {
  registry: 'documents.yaml',
  contacts: 'contacts.yaml',
  versions: 'documents',
} as const;

/**
 * Reads every content file below `contentDir` and checks it. Paths in errors are relative to `cwd`, so
 * they can be opened from the build log. Returns no errors for valid content.
 */
export function checkContentDir(contentDir: string, cwd = process.cwd()): ContentError[] {
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
    versions: listMdx(versionsDir).flatMap((path) => {
      const file = show(path);
      const source = readFileSync(path, 'utf8');
      errors.push(...repeatedClauseIds(file, source));
      const frontmatter = extractFrontmatter(source);
      if (frontmatter === undefined) {
        errors.push({ file, field: '(frontmatter)', reason: 'berkas harus diawali blok frontmatter YAML di antara dua baris "---"' });
        return [];
      }
      return [{ file, data: parseYaml(file, frontmatter, errors) }];
    }),
  };
  return [...errors, ...checkCorpus(files)];
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(dir, name));
}

/** Explicit clause ids (`## Heading {#id}`) written twice in one version, outside code blocks. */
function repeatedClauseIds(file: string, source: string): ContentError[] {
  const seen = new Map<string, number>();
  const errors: ContentError[] = [];
  let inCode = false;
  source.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    const id = !inCode && line.match(/^#{1,6}\s.*\{#([^}\s]+)\}\s*$/)?.[1];
    if (!id) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index + 1);
    else errors.push({ file, field: `{#${id}} (baris ${index + 1})`, reason: `id klausul ini sudah dipakai di baris ${first}; id klausul harus unik dalam satu versi` });
  });
  return errors;
}

function extractFrontmatter(source: string): string | undefined {
  const match = source.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/);
  return match?.[1];
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
