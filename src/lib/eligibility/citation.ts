/** How a clause is cited in the tool and on its pages: "Pedoman Kemitraan Pasal 28 ayat (2) huruf a". */
export function citationText(label: { document: string; number: string; title: string } | undefined, at?: string): string {
  if (!label) return at ?? '';
  const where = label.number || label.title;
  return [label.document, where, at].filter(Boolean).join(' ');
}
