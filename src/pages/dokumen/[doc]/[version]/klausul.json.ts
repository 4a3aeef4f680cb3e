// The clauses of a version as JSON: what the browser compares when a pair was not built as a page. A build writes
// them from its pack of data files (src/site/data-files.ts); this route serves them in the dev server.
import type { APIRoute, GetStaticPaths } from 'astro';
import { clauseDataFiles, devRoutes, type DataFile } from '../../../../site/data-files';

export const getStaticPaths = devRoutes(clauseDataFiles) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await (props.file as DataFile<{ doc: string; version: string }>).text(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
