// A version of an instrument as a JSON Schema for one record, so registers kept in different regions can be combined.
import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionarySchema } from '../../../../lib/instruments/dictionary';
import { paths } from '../../../../lib/paths';
import { dictionaryFor, loadInstruments, printedUrl } from '../../../../site/instruments';

export const getStaticPaths = (async () => {
  const all = await loadInstruments();
  return all.instruments.flatMap((entry) => entry.versions.map((version) => ({ params: { instrument: entry.id, version: version.file.sop }, props: { version } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { view } = props.version;
  const schema = dictionarySchema(view, await dictionaryFor(props.version), printedUrl(paths.instrumentSchema(view.id, view.version)));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
