// A version of an instrument as the printed form's data (fields, choices, sections, header and footer): what the
// public tools fetch when a person asks for a filled form, so their pages do not carry it. Also a form definition
// another system can read.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadInstruments } from '../../../../site/instruments';

export const getStaticPaths = (async () => {
  const all = await loadInstruments();
  return all.instruments.flatMap((entry) => entry.versions.map((version) => ({ params: { instrument: entry.id, version: version.file.sop }, props: { version } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.version.view), { headers: { 'Content-Type': 'application/json' } });
