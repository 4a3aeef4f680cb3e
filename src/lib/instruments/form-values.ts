// What a filled form holds, and the keys it is held under: shared by fill mode and the tools in the browser,
// so it imports nothing.

/** A field's value as typed or chosen: text, or the codes of the ticked choices; `<id>@<row>` in a table. */
export type FormValues = Record<string, string | string[]>;

/** The code of a choice's "other" line. */
export const OTHER = 'lainnya';
/** The key of the text written on a choice's "other" line. */
export const otherKey = (fieldId: string) => `${fieldId}:${OTHER}`;
/** The keys of the header's three entries (SOP Pasal 30: registration number, date, who filled it in). */
export const HEADER_KEYS = { number: '_nomor', date: '_tanggal', officer: '_pengisi' } as const;
