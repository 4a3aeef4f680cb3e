// The code lists of one SOP version as CSV: one row per allowed value, with where the list comes from.
import type { APIRoute, GetStaticPaths } from 'astro';
import { codeListsCsv } from '../../../lib/instruments/dictionary';
import { loadInstruments } from '../../../site/instruments';

export const getStaticPaths = (async () => {
  const all = await loadInstruments();
  return [...all.listsByVersion].map(([version, lists]) => ({ params: { version }, props: { lists: [...lists.values()] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(codeListsCsv(props.lists), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
