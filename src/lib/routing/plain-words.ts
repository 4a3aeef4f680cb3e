/** What the tools need of a glossary entry to explain a term where it is first used. */
export interface Gloss {
  id: string;
  term: string;
  expansion?: string;
  aliases?: readonly string[];
}

export type Segment = string | { text: string; gloss: Gloss };

// Words written in capitals that every reader knows, or that are part of a name explained elsewhere.
const known = new Set(['WhatsApp', 'SMS', 'KTP', 'RI', 'SD', 'SMP', 'SMA', 'SMK', 'HAM', 'JAKI', 'SUPERAPPS', 'LAPOR']);

/**
 * Explains terms on first use, as plain-language writing asks: the first time a glossary term (or one of its
 * aliases) appears in what a person reads, it becomes a segment carrying its entry, so the view can link it to
 * the glossary and say its expansion; later uses stay plain. One glosser per page of reading.
 *
 * @example const g = glosser(terms); g('Hubungi UPTD PPA.') // ['Hubungi ', { text: 'UPTD PPA', gloss }, '.']
 */
export function glosser(terms: readonly Gloss[]): (text: string) => Segment[] {
  const forms = terms
    .flatMap((gloss) => [gloss.term, ...(gloss.aliases ?? [])].map((form) => ({ form, gloss })))
    .sort((a, b) => b.form.length - a.form.length);
  const pattern = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${forms.map((f) => escape(f.form)).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const byForm = new Map(forms.map((f) => [f.form, f.gloss]));
  const seen = new Set<string>();
  return (text) => {
    if (!pattern) return [text];
    const out: Segment[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const gloss = byForm.get(match[0])!;
      if (seen.has(gloss.id)) continue;
      seen.add(gloss.id);
      if (match.index > last) out.push(text.slice(last, match.index));
      out.push({ text: match[0], gloss });
      last = match.index + match[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  };
}

/** The plain text of segments, with each explained term followed by its expansion: for copied summaries. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.gloss.expansion && s.gloss.expansion !== s.text ? `${s.text} (${s.gloss.expansion})` : s.text)).join('');
}

/**
 * Abbreviations in a text that no glossary entry explains: words with two or more capitals, such as "UPTD" or
 * "KemenPPPA", that are neither a glossary term or alias nor a word every reader knows. The content check
 * refuses them on public tool pages.
 */
export function unexplained(text: string, terms: readonly Gloss[]): string[] {
  const covered = new Set(terms.flatMap((t) => [t.term, ...(t.aliases ?? [])].flatMap((form) => form.split(/[\s()/-]+/))));
  const found = text.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}!]*/gu) ?? [];
  return [...new Set(found.map((w) => w.replace(/!$/, '')))].filter((w) => !known.has(w) && !covered.has(w) && !covered.has(`${w}!`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
