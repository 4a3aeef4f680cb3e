/**
 * What the MDX compiler's complaint means, said to an editor in Indonesian. The compiler writes
 * "3:1: Expected a closing tag for `<Callout>` (3:1) (mdx-jsx:unexpected-character)"; the editor needs to know
 * which component was left open and how to close it. Returns the line and column in the body, and the reason.
 */
export function mdxSyntaxProblem(message: string): { line?: number; column?: number; reason: string } {
  const [, line, column] = message.match(/^(\d+):(\d+)/) ?? [];
  const at = line ? { line: Number(line), column: Number(column) } : {};
  const open = message.match(/Expected a closing tag for `<([\w.]+)>`/);
  if (open) return { ...at, reason: `komponen <${open[1]}> dibuka di sini tetapi tidak ditutup: tambahkan </${open[1]}> setelah isinya, atau tulis <${open[1]} … /> bila tanpa isi` };
  const close = message.match(/Unexpected closing tag `<\/([\w.]+)>`/);
  if (close) return { ...at, reason: `penutup </${close[1]}> tidak punya pembuka <${close[1]}> sebelumnya; hapus penutup itu, atau tambahkan pembukanya` };
  if (/Unexpected character after `<`/.test(message)) {
    return { ...at, reason: 'tanda "<" dibaca sebagai awal komponen; untuk tautan tulis [teks](alamat), untuk tanda "kurang dari" tulis &lt;' };
  }
  if (/expected a corresponding closing brace for `\{`/.test(message)) {
    return { ...at, reason: 'kurung kurawal "{" dibuka tetapi tidak ditutup; untuk menulis tanda { apa adanya, tulis \\{' };
  }
  if (/Unexpected end of file/.test(message)) return { ...at, reason: 'berkas berakhir sebelum komponen atau ekspresi ditutup' };
  const english = message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w:-]+\)$/, '');
  return { ...at, reason: `sintaks MDX tidak dapat dibaca (pesan penyusun: "${english}"); periksa tanda < > { } di sekitar baris ini` };
}
