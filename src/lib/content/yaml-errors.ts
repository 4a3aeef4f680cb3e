/**
 * What a YAML parser's complaint means, said to an editor in Indonesian, with how to mend it. The parser's
 * own words ("Nested mappings are not allowed in compact mappings") point at a symptom; these point at the
 * usual cause: a line indented too far or not far enough, a missing dash or quote, a tab, a repeated field.
 */
export function yamlErrorReason(code: string): string {
  return reasons[code] ?? 'YAML tidak dapat dibaca di sini: periksa indentasi, tanda titik dua, tanda "-" di awal butir, dan tanda kutip';
}

const reasons: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'baris ini menjorok ke kanan seolah berada di dalam kolom di atasnya, padahal kolom itu sudah bernilai; samakan jarak dari kiri dengan kolom lain di tingkat yang sama, atau apit nilai yang memuat titik dua dengan tanda kutip',
  BAD_INDENT: 'jarak dari kiri (indentasi) baris ini tidak sama dengan kolom lain di tingkat yang sama',
  TAB_AS_INDENT: 'baris ini memakai tab untuk indentasi; YAML hanya menerima spasi',
  DUPLICATE_KEY: 'kolom yang sama ditulis dua kali dalam satu butir; hapus salah satunya',
  MISSING_CHAR:
    'ada tanda yang kurang: tanda "-" di awal butir daftar, titik dua setelah nama kolom, atau tanda kutip penutup',
  UNEXPECTED_TOKEN: 'ada teks yang tidak diharapkan di sini; biasanya indentasinya keliru, atau nilai panjang perlu "> -" di baris sebelumnya',
  BAD_SCALAR_START: 'nilai ini diawali tanda yang punya arti khusus dalam YAML (misalnya @, `, %, atau *); apit nilainya dengan tanda kutip',
  MULTILINE_IMPLICIT_KEY: 'nama kolom tidak boleh terbagi ke beberapa baris; periksa titik dua dan indentasi',
  BLOCK_IN_FLOW: 'di dalam kurung { } atau [ ] nilai harus ditulis dalam satu baris',
  MULTIPLE_DOCS: 'berkas ini memuat lebih dari satu dokumen YAML (baris "---" di tengah); hapus baris itu',
};

/**
 * A YAML mistake placed where it was made. The parser often stumbles a line after the real mistake — a
 * bracket or quote opened and never closed — so the lines before are looked at first.
 */
export function yamlProblem(code: string, text: string, line: number, column: number): { line: number; column: number; reason: string } {
  const lines = text.split(/\r?\n/);
  for (let i = Math.min(line, lines.length) - 1; i >= Math.max(0, line - 3); i--) {
    const open = unclosed(lines[i]!);
    if (open) return { line: i + 1, column: open.column, reason: `tanda ${open.mark} dibuka di sini tetapi tidak ditutup dengan ${closing[open.mark]} di baris yang sama` };
  }
  return { line, column, reason: yamlErrorReason(code) };
}

const closing: Record<string, string> = { '[': ']', '{': '}', '"': '"' };

/** The first bracket or double quote a line opens and does not close, outside quoted text. */
function unclosed(line: string): { mark: string; column: number } | undefined {
  const stack: { mark: string; column: number }[] = [];
  let quote: { column: number } | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    if (c === '"' && (i === 0 || /[\s:\[{,]/.test(line[i - 1]!))) quote = { column: i + 1 };
    else if (c === '[' || c === '{') stack.push({ mark: c, column: i + 1 });
    else if ((c === ']' || c === '}') && stack.length) stack.pop();
  }
  if (quote) return { mark: '"', column: quote.column };
  return stack[0];
}
