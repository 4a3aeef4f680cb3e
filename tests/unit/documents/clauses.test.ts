import { describe, expect, it } from 'vitest';
import { clausesOf, parseClauses, plainText } from '../../../src/lib/documents/clauses';

const body = `
Pembuka tanpa judul.

## BAB I — Ketentuan Umum {#ketentuan-umum}

Bab ini mengatur hal umum.

### Pasal 1 — Tujuan {#tujuan}

(1) SOP ini bertujuan **melindungi** anak.

(2) Lihat [Panduan Rujukan](/dokumen/panduan-rujukan/#uptd-ppa) dan <Term id="uptd-ppa" />.

### Pasal 2 — Ruang Lingkup

<Callout type="penting">

Hubungi <Contact id="sapa-129" />.

</Callout>

\`\`\`md
## Bukan judul {#bukan}
\`\`\`

## BAB II — Alur {#alur}
`;

describe('clausesOf', () => {
  const clauses = clausesOf(body, (component, id) => (component === 'Term' ? id.toUpperCase().replace('-', ' ') : `[${component} ${id}]`));

  it('splits at level 2–4 headings, with explicit or derived ids, numbers and parents', () => {
    expect(clauses.map(({ id, depth, number, parent }) => ({ id, depth, number, parent }))).toEqual([
      { id: 'ketentuan-umum', depth: 2, number: 'BAB I', parent: undefined },
      { id: 'tujuan', depth: 3, number: 'Pasal 1', parent: 'ketentuan-umum' },
      { id: 'ruang-lingkup', depth: 3, number: 'Pasal 2', parent: 'ketentuan-umum' },
      { id: 'alur', depth: 2, number: 'BAB II', parent: undefined },
    ]);
  });

  it('keeps a clause’s text to itself and reduces markup to the words a reader sees', () => {
    expect(clauses[0]!.text).toBe('Bab ini mengatur hal umum.');
    expect(clauses[1]!.text).toBe('(1) SOP ini bertujuan melindungi anak.\n\n(2) Lihat Panduan Rujukan dan UPTD PPA.');
    expect(clauses[2]!.text).toContain('Penting:\n\nHubungi [Contact sapa-129].');
  });

  it('does not take a heading inside a code block for a clause', () => {
    expect(clauses.map((c) => c.id)).not.toContain('bukan');
    expect(clauses[2]!.text).toContain('## Bukan judul');
  });
});

describe('plainText', () => {
  it('drops emphasis, links, blockquote marks and table rules but keeps list markers', () => {
    expect(plainText('> **Catatan:** lihat [di sini](/x/).\n\n- satu\n- _dua_\n\n| a | b |\n| --- | --- |\n| 1 | 2 |')).toBe(
      'Catatan: lihat di sini.\n\n- satu\n- dua\n\n| a | b |\n| 1 | 2 |',
    );
  });
});

describe('parseClauses', () => {
  it('accepts clauses as published and refuses anything else with a message', () => {
    const good = [{ id: 'a', depth: 2, heading: 'A', number: '', text: 'x' }];
    expect(parseClauses(good)).toEqual(good);
    expect(() => parseClauses({})).toThrow('larik');
    expect(() => parseClauses([{ id: 'a', depth: '2' }])).toThrow('klausul ke-1 tidak lengkap');
  });
});
