// The build's data files (src/site/data-files.ts): made here and written on other threads while the pages are
// rendered (src/integrations/write-files.ts); the search index is built there too, from the records gathered here
// (src/integrations/search-index-thread.ts). What this route itself writes is the list of the other data files,
// which src/integrations/data-files.ts checks against what was written, then removes: it is never published. The
// dev server serves each data file from its own route instead.
import type { APIRoute } from 'astro';
import { otherDataFiles, searchDataFiles } from '../site/data-files';
import { lexicon, searchSourceGroups } from '../site/search';
import { DATA_FILES, SEARCH_INDEX, buildWrites, runThread, startBatch, startWrites } from '../integrations/write-files';

export const GET: APIRoute = async () => {
  // Only a build opens the register (astro:build:setup).
  const writes = buildWrites();
  if (!writes) return new Response(null, { status: 404 });
  const script = await writes.searchThread;
  if (script) startBatch(writes, SEARCH_INDEX, searchSourceGroups().then((groups) => runThread(script, { groups, lexicon, root: writes.outDir })));
  const files = [...(await otherDataFiles()), ...(script ? [] : await searchDataFiles())];
  const texts = await Promise.all(files.map(async (file) => [file.path, await file.text()] as const));
  startWrites(writes, DATA_FILES, texts);
  return new Response(texts.map(([path]) => path).join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
