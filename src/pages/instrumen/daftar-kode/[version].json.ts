// The code lists of one SOP version as JSON.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadInstruments } from '../../../site/instruments';

export const getStaticPaths = (async () => {
  const all = await loadInstruments();
  return [...all.listsByVersion].map(([version, lists]) => ({ params: { version }, props: { version, lists: [...lists.values()] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify({ sop: props.version, lists: props.lists }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
