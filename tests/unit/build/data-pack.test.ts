import { describe, expect, it } from 'vitest';
import { packFiles, unpackFiles } from '../../../src/lib/build/data-pack';

describe('the pack of data files', () => {
  it('gives back every file, in order, byte for byte', () => {
    const files: [string, string][] = [
      ['cari/indeks/terkini/manifes.json', '{"v":"1a2b","records":3}'],
      ['dokumen/sop/pembaruan.xml', '<?xml version="1.0"?>\n<rss>Perlindungan — anak</rss>'],
      ['dokumen/sop/0.1/jdih.json', ''],
      ['dokumen/sop/0.2/klausul.json', JSON.stringify([{ id: 'a', text: 'nul ditulis \u0000 sebagai escape' }])],
    ];
    expect(unpackFiles(packFiles(files))).toEqual(files);
  });

  it('packs nothing as nothing', () => {
    expect(unpackFiles(packFiles([]))).toEqual([]);
  });

  it('refuses a text with a raw NUL instead of packing it wrong', () => {
    expect(() => packFiles([['a.json', 'x\0y']])).toThrow(/a\.json.*NUL/);
  });

  it('refuses a path that would leave the output folder', () => {
    expect(() => packFiles([['../luar.json', '{}']])).toThrow(/tidak sah/);
    expect(() => packFiles([['/akar.json', '{}']])).toThrow(/tidak sah/);
  });

  it('says a cut pack is cut, rather than writing half a file', () => {
    const pack = packFiles([['a.json', '{}'], ['b.json', '[]']]);
    expect(() => unpackFiles(pack.slice(0, -1))).toThrow(/terpotong/);
    expect(() => unpackFiles(pack.slice(0, pack.indexOf('b.json') + 7))).toThrow(/terpotong/);
  });
});
