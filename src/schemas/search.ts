import { z } from 'astro/zod';
// Indonesian messages for whatever these schemas leave unsaid.
import './messages';
import { audienceIds } from './vocabularies';

const phrase = z.string().min(1).max(80);

/** `src/content/search/synonyms.yaml`: how search reads the words people type (see its own header). */
export const searchLexicon = z
  .object({
    groups: z.array(z.array(phrase).min(2, 'satu kelompok sinonim harus berisi paling sedikit dua frasa')),
    clauses: z
      .record(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'harus ditulis <dokumen>#<id klausul> (contoh: "sop-pengaduan#mediasi")'), z.array(phrase).min(1))
      .default({}),
    lookup: z.array(phrase).default([]),
    stopwords: z.array(phrase).default([]),
    keep: z.array(phrase).default([]),
    roots: z.record(z.string(), z.string()).default({}),
  })
  .strict();

/** `src/content/search/relevance.yaml`: queries, each with what must be among the first three results. */
export const relevanceJudgement = z
  .object({
    who: z.enum(audienceIds),
    query: z.string().min(2).max(200),
    expect: z.string().regex(/^(?:[a-z0-9-]+#[a-z0-9-]+|\/\S*)$/, 'harus ditulis <dokumen>#<id klausul> atau alamat halaman yang diawali "/"'),
  })
  .strict();
