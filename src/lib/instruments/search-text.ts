import type { InstrumentFile } from '../../schemas/instrument';

/**
 * What search should know of an instrument, as one record: its title, then what it is for, who fills it in and at
 * which stage, its sections and its fields' labels, so "lembar penerimaan", "formulir rujukan" or "register" find it.
 *
 * @example instrumentSearchText(lembarPenerimaan, { filledBy: 'Petugas Penerima' }).text // 'Mencatat pengaduan … Kronologi …'
 */
export function instrumentSearchText(file: InstrumentFile, facts: { filledBy?: string; stage?: string }): { title: string; text: string } {
  const parts = [
    file.purpose,
    facts.filledBy && `Diisi oleh ${facts.filledBy}.`,
    facts.stage && `Tahap ${facts.stage}.`,
    'Formulir instrumen pendokumentasian kasus, dapat dicetak.',
    ...file.sections.flatMap((s) => [s.part ?? '', s.title, ...s.fields.map((f) => f.label)]),
  ];
  return { title: `Formulir: ${file.title}`, text: parts.filter(Boolean).join(' ') };
}
