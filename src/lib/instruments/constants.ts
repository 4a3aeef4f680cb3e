/** The document whose versions instruments implement. */
export const SOP = 'sop-pengaduan';

/**
 * Pasal 30 ayat (3) of the SOP: every instrument carries the registration number, the date and the name of who
 * filled it in. The form's header records them; its basis is checked in every SOP version that has instruments.
 */
export const HEADER_BASIS = { clause: 'instrumen-dokumentasi', element: '3' } as const;
