import { z } from 'astro/zod';
import { channel } from './contact';
import { checkedDate, partialDate, slug, source } from './shared';
import { regionalKinds } from './vocabularies';

export { regionalKinds, type RegionalKind } from './vocabularies';

/** A Kemendagri code: a province ("32") or a regency/city ("32.75"). */
export const regionCode = z.string().regex(/^\d{2}(?:\.\d{2})?$/, 'harus berupa kode wilayah Kemendagri: provinsi "32" atau kabupaten/kota "32.75"');

/**
 * A service of one region. The entry itself names the source that says the service exists (or, for
 * `darurat-112`, that 112 answers there) and the date of that source (`sourceDate`), and the day a person last
 * confirmed it directly (`checkedAt`, absent until someone does); each channel names its own.
 * A service with no sourced channel is still worth listing: the finder says it exists, and how to reach it.
 */
export const regionalService = z
  .object({
    id: slug,
    region: regionCode,
    kind: z.enum(regionalKinds, { error: `harus salah satu dari: ${regionalKinds.join(', ')}` }),
    name: z.string().min(3),
    summary: z.string().min(10),
    caveat: z.string().optional(),
    source,
    sourceDate: partialDate,
    checkedAt: checkedDate,
    channels: z.array(channel).default([]),
  })
  .strict();

export type RegionalService = z.output<typeof regionalService>;
