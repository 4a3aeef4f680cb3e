import { z } from 'astro/zod';
import { partialDate, slug, source } from './shared';

export const channelKinds = ['telepon', 'whatsapp', 'sms', 'email', 'web', 'alamat'] as const;

/** One way to reach a service. Every channel names the source that states it and when that was confirmed. */
export const channel = z
  .object({
    kind: z.enum(channelKinds, { error: `harus salah satu dari: ${channelKinds.join(', ')}` }),
    value: z.string().min(2),
    note: z.string().optional(),
    source: source,
    /** When a source last confirmed this value: the source's date, or the day a person checked the channel. */
    verifiedAt: partialDate,
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
