/** A field's basis, read: which document, which clause, which element of it. */
export interface Citation {
  /** The document; undefined means the SOP version the instrument implements. */
  doc?: string;
  clause: string;
  element?: string;
}

/**
 * Reads a citation as written in an instrument file.
 *
 * @example parseCitation('panduan-rujukan:isi-catatan-rujukan#lembaga-tujuan')
 *   // { doc: 'panduan-rujukan', clause: 'isi-catatan-rujukan', element: 'lembaga-tujuan' }
 */
export function parseCitation(text: string): Citation {
  const [, doc, clause, element] = text.match(/^(?:([a-z0-9-]+):)?([a-z0-9-]+)(?:#(.+))?$/) ?? [];
  return { ...(doc ? { doc } : {}), clause: clause ?? text, ...(element ? { element } : {}) };
}

/** The key under which a cited element is counted: the same element cited twice counts once. */
export const elementKey = (doc: string, clause: string, element?: string) => `${doc}:${clause}#${element ?? ''}`;
