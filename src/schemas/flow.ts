import { z } from 'astro/zod';
import { slug } from './shared';

const sitePath = z.string().regex(/^\/[^\s]*$/, 'harus berupa alamat di situs ini yang diawali "/", contoh: /dokumen/sop-pengaduan/#penerimaan');

/** A flow diagram drawn from data (`src/content/flows.yaml`); documents show it with `<Flow id="…" />`. */
export const flow = z
  .object({
    id: slug,
    title: z.string().min(3),
    summary: z.string().min(10),
    steps: z
      .array(
        z
          .object({
            id: slug,
            label: z.string().min(2),
            text: z.string().min(5),
            link: sitePath.optional(),
            /** Where the flow goes from here; none for a final step. */
            next: z.array(z.object({ to: slug, when: z.string().min(2).optional() }).strict()).default([]),
          })
          .strict(),
      )
      .min(2, 'sebuah alur punya paling sedikit dua langkah'),
  })
  .strict();

export type Flow = z.output<typeof flow>;
export type FlowStep = Flow['steps'][number];
