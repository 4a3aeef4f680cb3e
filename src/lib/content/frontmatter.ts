/** A version file's frontmatter block and body; undefined when the file does not open with one. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = source.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!match) return undefined;
  return { frontmatter: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
