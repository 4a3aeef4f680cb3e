// The search index of current versions, tools and glossary: loaded by the browser when search opens.
import type { APIRoute } from 'astro';
import { searchPayloads } from '../../site/search';

export const GET: APIRoute = async () => new Response(JSON.stringify((await searchPayloads()).current), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
