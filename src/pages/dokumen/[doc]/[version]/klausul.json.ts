// The clauses of every version as JSON: what the browser compares when a pair was not built as a page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { clausesFor, loadDocuments } from '../../../../site/corpus';

export const getStaticPaths = (async () => {
  const documents = await loadDocuments();
  return documents.flatMap((doc) => doc.versions.map((version) => ({ params: { doc: doc.id, version: version.version }, props: { version } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await clausesFor(props.version)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
