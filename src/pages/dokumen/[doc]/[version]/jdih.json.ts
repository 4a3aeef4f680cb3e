// Each version's record for legal-information networks (JDIH): src/lib/documents/jdih-record.ts. A build writes
// them from its pack of data files (src/site/data-files.ts); this route serves them in the dev server.
import type { APIRoute, GetStaticPaths } from 'astro';
import { devRoutes, jdihDataFiles, type DataFile } from '../../../../site/data-files';

export const getStaticPaths = devRoutes(jdihDataFiles) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await (props.file as DataFile<{ doc: string; version: string }>).text(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
