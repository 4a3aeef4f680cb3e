// What "Simpan untuk dibaca luring" keeps: read after the build by src/integrations/offline-worker.ts, which
// adds the files these pages need and writes the service worker. Tool pages are never listed.
import type { APIRoute } from 'astro';
import { buildDay, loadDocuments } from '../../site/corpus';
import { paths } from '../../lib/paths';

export const GET: APIRoute = async () => {
  const documents = await loadDocuments();
  const list = {
    built: buildDay,
    documents: documents.map((doc) => doc.title),
    fallback: paths.offline(),
    pages: [...documents.map((doc) => paths.document(doc.id)), paths.glossary(), paths.contacts(), paths.offline()],
  };
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
