import { z } from 'astro/zod';
import { checkedDate, partialDate, slug, source } from './shared';
import { hours } from './hours';

import { channelKinds } from './vocabularies';

/**
 * One way to reach a service. Every channel names the source that states it and that source's date; a
 * person who checks the channel directly records the day in `checkedAt`. Readers see both dates.
 */
export const channel = z
  .object({
    kind: z.enum(channelKinds, { error: `harus salah satu dari: ${channelKinds.join(', ')}` }),
    value: z.string().min(2),
    note: z.string().optional(),
    source: source,
    /** The date of the source that states this value (to the month or year when it gives no day). */
    sourceDate: partialDate,
    /** The day a person last checked the channel themselves; absent until someone does. */
    checkedAt: checkedDate,
    /**
     * An address no one has confirmed in years: shown as text with a warning, never as a link or a
     * tap-to-call button, so nobody is sent to a dead or reassigned address in one tap.
     */
    unconfirmed: z.literal(true, { error: 'tulis "unconfirmed: true", atau hapus kolom ini' }).optional(),
    /** When the channel answers, as a source states it (src/schemas/hours.ts); absent when no source says. */
    hours: hours.optional(),
  })
  .strict();

export const contact = z
  .object({
    id: slug,
    name: z.string().min(2),
    organisation: z.string().min(2),
    summary: z.string().min(10),
    /**
     * Shown in the emergency strip at the top of every page: its position there (1 first), or true to follow
     * the numbered ones. The strip's order is the order people should try in danger, so it is written down.
     */
    emergency: z.union([z.boolean(), z.number().int().positive()], { error: 'harus berupa urutan di strip darurat (1, 2, …) atau true' }).default(false),
    caveat: z.string().optional(),
    channels: z.array(channel).min(1, 'sebutkan paling sedikit satu kanal yang bersumber'),
  })
  .strict();

export type Channel = z.output<typeof channel>;
export type Contact = z.output<typeof contact>;
