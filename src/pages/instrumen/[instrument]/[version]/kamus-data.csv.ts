// A version of an instrument as data: one row per field, with its type and allowed values.
import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionaryCsv } from '../../../../lib/instruments/dictionary';
import { dictionaryFor, loadInstruments } from '../../../../site/instruments';

export const getStaticPaths = (async () => {
  const all = await loadInstruments();
  return all.instruments.flatMap((entry) => entry.versions.map((version) => ({ params: { instrument: entry.id, version: version.file.sop }, props: { version } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(dictionaryCsv(await dictionaryFor(props.version)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
