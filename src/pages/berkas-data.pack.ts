// The build's pack of data files (src/site/data-files.ts), split into the files by src/integrations/data-files.ts
// and removed: it is never published.
import type { APIRoute } from 'astro';
import { allDataFiles } from '../site/data-files';
import { packFiles } from '../lib/build/data-pack';

export const GET: APIRoute = async () => {
  const files = await allDataFiles();
  const texts = await Promise.all(files.map(async (file) => [file.path, await file.text()] as const));
  return new Response(packFiles(texts), { headers: { 'Content-Type': 'application/octet-stream' } });
};
