// One document's feed (RSS 2.0): its versions, newest first, beside the site-wide /pembaruan.xml. A build writes
// the feeds from its pack of data files (src/site/data-files.ts); this route serves them in the dev server.
import type { APIRoute, GetStaticPaths } from 'astro';
import { devRoutes, feedDataFiles, type DataFile } from '../../../site/data-files';

export const getStaticPaths = devRoutes(feedDataFiles) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await (props.file as DataFile<{ doc: string }>).text(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
