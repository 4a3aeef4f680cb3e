// The site's real instruments and the texts they cite, read from src/content for the unit tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { instrumentFile, type InstrumentFile } from '../../../src/schemas/instrument';
import { textsOf } from '../../../src/lib/instruments/texts';
import { codeListsFor } from '../../../src/lib/instruments/code-lists';
import type { Flow } from '../../../src/schemas/flow';

const content = join(import.meta.dirname, '../../../src/content');
const body = (doc: string, version: string) => readFileSync(join(content, 'documents', doc, `${version}.mdx`), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

export const texts = textsOf(
  readdirSync(join(content, 'documents')).flatMap((doc) =>
    readdirSync(join(content, 'documents', doc))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ document: doc, version: f.replace(/\.mdx$/, ''), body: body(doc, f.replace(/\.mdx$/, '')) })),
  ),
);
export const sop02 = texts.get('sop-pengaduan')!.get('0.2')!;
export const sop03 = texts.get('sop-pengaduan')!.get('0.3')!;
export const flows = parse(readFileSync(join(content, 'flows.yaml'), 'utf8')) as Flow[];
export const lists02 = codeListsFor(sop02, flows).lists;
export const lists03 = codeListsFor(sop03, flows).lists;

export function instrument(id: string, version = '0.2'): InstrumentFile {
  return instrumentFile.parse(parse(readFileSync(join(content, 'instruments', id, `${version}.yaml`), 'utf8')));
}

export const instrumentIds = readdirSync(join(content, 'instruments'));
