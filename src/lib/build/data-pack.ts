/**
 * Many small files as one text, for the build (src/site/data-files.ts): each path, then its text, each ended
 * by a NUL character. JSON and XML never hold a raw NUL (JSON writes it as \u0000, XML forbids it), so NUL
 * cannot be mistaken for content; a text or path that has one is refused, never packed wrong.
 */
const END = '\0';

/** Where a build writes the pack (src/pages/berkas-data.pack.ts), below dist/; it is removed once split. */
export const PACK_FILE = 'berkas-data.pack';

export function packFiles(files: Iterable<readonly [path: string, text: string]>): string {
  const parts: string[] = [];
  for (const [path, text] of files) {
    if (path.includes(END) || text.includes(END)) throw new Error(`Berkas data "${path.replaceAll(END, '\\0')}" memuat karakter NUL; tidak dapat dikemas.`);
    if (path === '' || path.startsWith('/') || path.split('/').includes('..')) throw new Error(`Alamat berkas data tidak sah: "${path}"`);
    parts.push(path, END, text, END);
  }
  return parts.join('');
}

export function unpackFiles(pack: string): [path: string, text: string][] {
  const parts = pack.split(END);
  if (parts.pop() !== '' || parts.length % 2 !== 0) throw new Error('Kemasan berkas data terpotong: bangun ulang situs.');
  const files: [string, string][] = [];
  for (let i = 0; i < parts.length; i += 2) files.push([parts[i]!, parts[i + 1]!]);
  return files;
}
