import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeFiles, writeFilesInBackground } from '../../../src/integrations/write-files';

const roots: string[] = [];
const scratch = () => {
  const root = mkdtempSync(join(tmpdir(), 'pedoman-tulis-'));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('writing the build\'s many small files on a thread of their own', () => {
  it('writes every file, byte for byte, making the folders it needs', async () => {
    const root = scratch();
    const files: [string, string][] = [
      ['cari/indeks/terkini/manifes.json', '{"v":"1a2b"}'],
      ['dokumen/sop/pembaruan.xml', '<rss>Perlindungan — anak</rss>'],
      ['dokumen/sop/0.1/index.html', ''],
    ];
    expect(await writeFilesInBackground(root, files)).toBe(3);
    for (const [path, text] of files) expect(readFileSync(join(root, path), 'utf8')).toBe(text);
  });

  it('refuses a path that would leave the output folder, before writing anything', () => {
    const root = scratch();
    for (const path of ['../luar.json', '/akar.json', 'a/../../luar.json', '']) expect(() => placeFiles(root, [[path, '{}']])).toThrow(/tidak sah/);
  });

  it('fails, rather than saying it wrote, when a file cannot be written', async () => {
    const root = scratch();
    await expect(writeFilesInBackground(root, [['a.json', '{}'], ['a.json/b.json', '{}']])).rejects.toThrow();
  });
});
