// The search index, split into many small files so that a query fetches only what it needs
// (src/lib/search/index-format.ts). Nothing here is loaded until a reader opens search.
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexFiles } from '../../../site/search';

export const getStaticPaths = (async () => [...(await searchIndexFiles()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await searchIndexFiles()).get(params.file!)!, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
