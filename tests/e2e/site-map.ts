// What the built site should contain, read from the content files themselves so the tests follow the content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const content = join(import.meta.dirname, '../../src/content');

export interface DocumentInfo {
  id: string;
  title: string;
  versions: string[];
}

export const documents: DocumentInfo[] = (parse(readFileSync(join(content, 'documents.yaml'), 'utf8')) as { id: string; title: string }[]).map(
  ({ id, title }) => ({
    id,
    title,
    versions: readdirSync(join(content, 'documents', id))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, '')),
  }),
);

/** The explicit clause ids and heading texts of one version file, in order. */
export function clausesOf(doc: string, version: string): { id: string; text: string }[] {
  const source = readFileSync(join(content, 'documents', doc, `${version}.mdx`), 'utf8');
  return [...source.matchAll(/^#{2,4} (.+?) \{#([a-z0-9-]+)\}\s*$/gm)].map((m) => ({ text: m[1]!, id: m[2]! }));
}

/** The last paragraph of a version file's body, to prove the whole text is on the page. */
export function lastParagraphOf(doc: string, version: string): string {
  const source = readFileSync(join(content, 'documents', doc, `${version}.mdx`), 'utf8');
  const blocks = source.trim().split(/\n\s*\n/).filter((b) => !/^(#|>|\||-|\d+\.)/.test(b.trim()));
  return blocks.at(-1)!.replace(/\*\*|_/g, '').replace(/\s+/g, ' ').trim();
}
