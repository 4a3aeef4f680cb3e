import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContentDir } from '../../src/integrations/read-content';
import { formatContentErrors } from '../../src/lib/content/errors';
import { contact } from '../../src/schemas/contact';
import { regionCodes } from '../../src/site/regions';

const root = join(import.meta.dirname, '../..');

describe('the site’s own content', () => {
  it('passes every content check, with every region code known to Kemendagri', async () => {
    const errors = checkContentDir(join(root, 'src/content'), root, await regionCodes());
    expect(errors, formatContentErrors(errors)).toEqual([]);
  });

  it('has, in the emergency strip, the national numbers the reference sources: 110, 129, 08111-129-129 and 112', () => {
    const contacts = contact.array().parse(parse(readFileSync(join(root, 'src/content/contacts.yaml'), 'utf8')));
    const strip = contacts.filter((c) => c.emergency).flatMap((c) => c.channels.map((ch) => ch.value));
    expect(strip).toEqual(expect.arrayContaining(['110', '129', '08111-129-129', '112']));
    expect(contacts.find((c) => c.id === 'darurat-112')?.caveat).toMatch(/belum/);
  });
});
