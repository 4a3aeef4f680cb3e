import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { checkCorpus, type CorpusFiles, type ParsedFile } from './check-corpus';
import type { ContentError } from './errors';

/** Where content lives below a content root (normally `src/content`). */
export const CONTENT_LAYOUT = {
  registry: 'documents.yaml',
  contacts: 'contacts.yaml',
  glossary: 'glossary.yaml',
  flows: 'flows.yaml',
  screening: 'tools/screening/flow.yaml',
  eligibility: 'tools/eligibility/criteria.yaml',
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
    glossary: readYaml(join(contentDir, CONTENT_LAYOUT.glossary)),
    flows: readYaml(join(contentDir, CONTENT_LAYOUT.flows)),
    screening: readYaml(join(contentDir, CONTENT_LAYOUT.screening)),
    eligibility: readYaml(join(contentDir, CONTENT_LAYOUT.eligibility)),
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

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(dir, name));
}

function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
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
