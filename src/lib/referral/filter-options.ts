export interface Option {
  value: string;
  label: string;
}

/**
 * The options whose label contains every typed word, ignoring case and accents: "bekasi" finds "Kabupaten
 * Bekasi" and "Kota Bekasi", "kab bek" finds only the first. Options whose label starts with a typed word
 * come first, so "kota" lists cities before "Kotabaru" regencies.
 */
export function filterOptions<T extends Option>(options: readonly T[], typed: string): T[] {
  const words = wordsOf(typed);
  if (words.length === 0) return [...options];
  const scored = options.flatMap((option) => {
    const label = wordsOf(option.label);
    if (!words.every((w) => label.some((part) => part.includes(w)))) return [];
    const starts = label.some((part) => part.startsWith(words[0]!)) ? 0 : 1;
    return [{ option, starts }];
  });
  return scored.sort((a, b) => a.starts - b.starts).map((s) => s.option);
}

// Place names are plain ASCII (idn-area-data), so lower case and splitting are all they need: not the search
// normaliser, whose chunk would then load on the finder page too.
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
