import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentTable, type ContentName, type YamlName } from '../schemas/collections';
import { checkSources, type ContentReportBase, type ContentSources, type Source } from '../lib/content/check-sources';
import type { ContentError } from '../lib/content/errors';

// The only place the content check touches the disk: it reads every file the content table names, once, as
// bytes; parsing and checking are pure (src/lib/content/check-sources.ts).

/** Every content file below `contentDir`, as bytes. Paths are relative to `cwd`, so they open from the build log. */
export function readContentSources(contentDir: string, cwd = process.cwd()): ContentSources {
  const show = (path: string) => relative(cwd, path);
  const at = (name: ContentName) => join(contentDir, contentTable[name].path);
  const yaml: Partial<Record<YamlName, Source>> = {};
  for (const [name, { shape, optional }] of Object.entries(contentTable) as [ContentName, (typeof contentTable)[ContentName]][]) {
    if (shape.kind === 'glob') continue;
    const path = at(name);
    const present = existsSync(path);
    if (present || !optional) yaml[name as YamlName] = { file: show(path), ...(present ? { bytes: readFileSync(path) } : {}) };
  }
  const folder = (name: 'versions' | 'instruments') => listFiles(at(name), contentTable[name].shape.extension).map((path) => ({ file: show(path), bytes: readFileSync(path) }));
  return {
    yaml: yaml as ContentSources['yaml'],
    versions: folder('versions'),
    instruments: folder('instruments'),
    versionsDir: show(at('versions')),
    instrumentsDir: show(at('instruments')),
  };
}

/**
 * Reads every content file below `contentDir` and checks it, with the warnings that do not stop the build.
 * Region codes in the service directory are checked against `regionCodes` when given (the build loads them
 * from idn-area-data); dates in contacts against `today` (YYYY-MM-DD).
 */
export function checkContent(contentDir: string, cwd = process.cwd(), regionCodes?: ReadonlySet<string>, today = new Date().toISOString().slice(0, 10)): ContentReportBase {
  return checkSources(readContentSources(contentDir, cwd), { regionCodes, today });
}

/** Like `checkContent`, the errors alone: none for valid content. */
export function checkContentDir(contentDir: string, cwd = process.cwd(), regionCodes?: ReadonlySet<string>, today = new Date().toISOString().slice(0, 10)): ContentError[] {
  return checkContent(contentDir, cwd, regionCodes, today).errors;
}

/** The files below `dir` with this extension, in a stable order; none when there is no such folder. */
export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}
