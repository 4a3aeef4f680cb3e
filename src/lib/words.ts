/** Lower-case words and numbers, accents and punctuation gone: "Pasal 76 huruf (f)" → ["pasal", "76", "huruf", "f"]. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
