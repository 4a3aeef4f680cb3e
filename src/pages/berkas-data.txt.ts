// The build's data files (src/site/data-files.ts): made here, on the first core, and written on the second while
// the pages are rendered (src/integrations/write-files.ts). What this route itself writes is their list, which
// src/integrations/data-files.ts checks against what was written, then removes: it is never published. The dev
// server serves each data file from its own route instead.
import type { APIRoute } from 'astro';
import { allDataFiles } from '../site/data-files';
import { DATA_FILES, buildWrites, startWrites } from '../integrations/write-files';

export const GET: APIRoute = async () => {
  // Only a build opens the register (astro:build:setup); the dev server serves each data file from its own route.
  const writes = buildWrites();
  if (!writes) return new Response(null, { status: 404 });
  const files = await allDataFiles();
  const texts = await Promise.all(files.map(async (file) => [file.path, await file.text()] as const));
  startWrites(writes, DATA_FILES, texts);
  return new Response(texts.map(([path]) => path).join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
