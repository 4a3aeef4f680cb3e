// Writes a large synthetic content tree for the build benchmark: `documents` documents with `versions`
// versions each. Every version changes its predecessor the way real revisions do — a clause reworded, one
// added, one removed, one moved — so comparison pages do real work. The site's own documents, contacts,
// glossary and flows come along, so every link the site makes still resolves.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = 'anak pengaduan petugas layanan rujukan penelaahan lembaga daerah perlindungan hak kasus catatan keluarga sekolah data'.split(' ');

/** A deterministic pseudo-random sequence, so every run of the benchmark builds the same corpus. */
function random(seed) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function sentence(next, length = 14) {
  const text = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function generateCorpus(dir, { documents = 50, versions = 20, clauses = 30 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  cpSync('src/content', dir, { recursive: true });
  const registry = [readFileSync(join(dir, 'documents.yaml'), 'utf8')];
  for (let d = 1; d <= documents; d++) {
    const id = `dokumen-${d}`;
    registry.push(`- id: ${id}\n  title: Dokumen Uji ${d}\n  code: UJI-${d}\n  audience: [staf]\n  purpose: Dokumen buatan untuk mengukur waktu build.\n  order: ${100 + d}\n`);
    mkdirSync(join(dir, 'documents', id));
    const next = random(d);
    let body = Array.from({ length: clauses }, (_, c) => ({ id: `bagian-${c + 1}`, text: [sentence(next), sentence(next), sentence(next)] }));
    let added = clauses;
    for (let v = 1; v <= versions; v++) {
      // A clause id that disappears is declared, as the content check requires of every new version.
      let former = '';
      if (v > 1) {
        body[Math.floor(next() * body.length)].text[0] = sentence(next);
        const [removed] = body.splice(Math.floor(next() * body.length), 1);
        former = `formerClauses:\n  - id: ${removed.id}\n    removed: "Dihapus pada revisi ke-${v}."\n`;
        body.splice(Math.floor(next() * body.length), 0, { id: `bagian-${++added}`, text: [sentence(next), sentence(next)] });
        const [moved] = body.splice(Math.floor(next() * body.length), 1);
        body.splice(Math.floor(next() * body.length), 0, moved);
      }
      const version = `1.${v - 1}`;
      const sections = body.map((clause, i) => `### Pasal ${i + 1} — Ketentuan ${clause.id.slice(7)} {#${clause.id}}\n\n${clause.text.join('\n\n')}\n`);
      const chapters = [0, 1, 2].map((b) => `## BAB ${['I', 'II', 'III'][b]} — Bagian ${b + 1} {#bab-${b + 1}}\n\n${sections.filter((_, i) => i % 3 === b).join('\n')}`);
      writeFileSync(
        join(dir, 'documents', id, `${version}.mdx`),
        `---\ndocument: ${id}\nversion: "${version}"\nstatus: draf\ndate: 2025-${String(((v - 1) % 12) + 1).padStart(2, '0')}-01\nchanges:\n  - "Revisi ke-${v}."\nlegalBasis:\n  - "Undang-Undang Nomor 35 Tahun 2014"\n${former}---\n\n${chapters.join('\n')}`,
      );
      body = body.map((clause) => ({ ...clause, text: [...clause.text] }));
    }
  }
  writeFileSync(join(dir, 'documents.yaml'), registry.join('\n'));
}
