import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlan } from '../../../src/integrations/read-plan';
import { documentRedirects } from '../../../src/lib/documents/page-plan';

// The redirect pages are written from the content files themselves (outside Astro's collections): this plan
// must say what the site's pages say.
const site = readPlan(join(import.meta.dirname, '../../../src/content'));

describe('readPlan: the page plan read from the content files', () => {
  it('has every document in the registry, with its versions and its current one', () => {
    const kemitraan = site.find((d) => d.id === 'pedoman-kemitraan')!;
    expect(kemitraan.title).toBe('Pedoman Kemitraan');
    expect([...kemitraan.versions].sort()).toEqual(['0.1', '0.2']);
    expect(kemitraan.current).toBe('0.2');
    expect(site.length).toBeGreaterThanOrEqual(7);
  });

  it('gives every document one redirect, for its current version', () => {
    const redirects = site.flatMap(documentRedirects);
    expect(redirects).toHaveLength(site.length);
    expect(redirects.every((r) => /^dokumen\/[^/]+\/[\d.]+\/$/.test(r.from))).toBe(true);
  });

  // A chooser once published stays a page (src/lib/documents/page-plan.ts): that holds while every published
  // document has two versions or more. A new single-version document has none, which is fine; one of these
  // going back to a single version would take a published address away.
  it('has two versions or more of every document the site has published', () => {
    expect(site.filter((d) => d.versions.length < 2).map((d) => d.id)).toEqual([]);
  });

  it('reads a fixture tree the same way', () => {
    const fixture = readPlan(join(import.meta.dirname, '../../fixtures/content/broken-link'));
    expect(fixture).toEqual([{ id: 'contoh', title: expect.any(String), versions: ['0.1'], current: '0.1' }]);
  });

  it('reads quoted and unquoted values, and ignores comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencana-'));
    mkdirSync(join(dir, 'documents/contoh'), { recursive: true });
    writeFileSync(join(dir, 'documents.yaml'), '- id: contoh\n  title: Contoh\n');
    writeFileSync(join(dir, 'documents/contoh/0.1.mdx'), "---\ndocument: contoh\nversion: '0.1'\nstatus: diganti # oleh 0.2\n---\n\nTeks.\n");
    writeFileSync(join(dir, 'documents/contoh/0.2.mdx'), '---\ndocument: contoh\nversion: "0.2"\nstatus: berlaku\n---\n\nTeks.\n');
    writeFileSync(join(dir, 'documents/contoh/0.3.mdx'), '---\ndocument: contoh\nversion: "0.3"\nstatus: draf\n---\n\nTeks.\n');
    expect(readPlan(dir)).toEqual([{ id: 'contoh', title: 'Contoh', versions: ['0.1', '0.2', '0.3'], current: '0.2' }]);
  });
});
