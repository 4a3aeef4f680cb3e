// The search index, split into many small files so that a query fetches only what it needs
// (src/lib/search/index-format.ts). Nothing here is loaded until a reader opens search. A build writes the
// files from its pack of data files (src/site/data-files.ts); this route serves them in the dev server.
import type { APIRoute, GetStaticPaths } from 'astro';
import { devRoutes, searchDataFiles, type DataFile } from '../../../site/data-files';

export const getStaticPaths = devRoutes(searchDataFiles) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await (props.file as DataFile<{ file: string }>).text(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
