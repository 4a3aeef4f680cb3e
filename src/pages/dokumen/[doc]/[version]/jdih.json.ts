// Each version's record for legal-information networks (JDIH): src/lib/documents/jdih-record.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDay, loadDocuments } from '../../../../site/corpus';
import { jdihRecord } from '../../../../lib/documents/jdih-record';
import { paths } from '../../../../lib/paths';
import { href, permanentSiteUrl } from '../../../../site/href';

export const getStaticPaths = (async () => {
  const documents = await loadDocuments();
  return documents.flatMap((doc) => doc.versions.map((version, i) => ({ params: { doc: doc.id, version: version.version }, props: { doc, version, next: doc.versions[i - 1], previous: doc.versions[i + 1] } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { doc, version, next, previous } = props;
  const urlOf = (label: string) => permanentSiteUrl(paths.version(doc.id, label)) ?? href(paths.version(doc.id, label));
  const related = (v: typeof version | undefined) => v && { judul: `${doc.title} versi ${v.version}`, versi: v.version, url: urlOf(v.version), status: v.status };
  const record = jdihRecord(doc, version, { previous: related(previous), next: related(next) }, urlOf(version.version), buildDay);
  return new Response(JSON.stringify(record, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
