// The search index of every version: loaded only when the reader widens the search to all versions.
import type { APIRoute } from 'astro';
import { searchPayloads } from '../../site/search';

export const GET: APIRoute = async () => new Response(JSON.stringify((await searchPayloads()).all), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
