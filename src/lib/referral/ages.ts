/** How old the person was when it happened. "Tidak tahu" is treated as a child: the protective reading. */
export const ages = ['anak', 'dewasa', 'tidak-tahu'] as const;
export type Age = (typeof ages)[number];
