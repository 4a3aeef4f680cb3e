import rss from '@astrojs/rss';
import { siteUrl } from '../../site.config.mjs';
import { buildDay, clausesFor, loadDocuments, type DocumentWithVersions, type VersionEntry } from './corpus';
import { searchIndexFiles } from './search';
import { buildWrites } from '../integrations/write-files';
import { href, permanentSiteUrl } from './href';
import { paths } from '../lib/paths';
import { jdihRecord } from '../lib/documents/jdih-record';
import { documentStatusLabels } from '../schemas/vocabularies';

/**
 * The files of data the site publishes beside its pages: the search index, each document's feed, each
 * version's JDIH record and, for a document with more than one version, each version's clauses (what the
 * comparison in the browser reads). At a thousand documents they are some 5,600 small files, and Astro makes each
 * route's output with a request, a response and two awaited writes: about half a millisecond a file. So a build
 * makes them all in one route (src/pages/berkas-data.txt.ts) and writes them on a worker thread while the pages
 * are rendered (src/integrations/write-files.ts). The dev server serves each file from its own route, made by the
 * same functions below, so what a reader gets is the same either way.
 */
export interface DataFile<P extends Record<string, string>> {
  /** Below the site's root, as in dist/. */
  path: string;
  /** The route's parameters that give this path (the dev server's routes). */
  params: P;
  text: () => string | Promise<string>;
}

/** The search index (src/lib/search/index-format.ts), below /cari/indeks/. */
export async function searchDataFiles(): Promise<DataFile<{ file: string }>[]> {
  const files = await searchIndexFiles();
  // Every index file is JSON: the dev server's route is `[...file].json`, so its address is the file's, with no
  // slash added after it (trailingSlash: 'always' adds one to a route without an extension).
  return [...files].map(([file, text]) => ({ path: `${paths.searchIndex()}${file}`, params: { file: file.replace(/\.json$/, '') }, text: () => text }));
}

/** Each version's clauses as JSON, for the comparison of two versions that was not built as a page. A document
 *  with one version has nothing to compare (its comparison address leads to its history), so it has none. */
export async function clauseDataFiles(): Promise<DataFile<{ doc: string; version: string }>[]> {
  return (await loadDocuments())
    .filter((doc) => doc.versions.length > 1)
    .flatMap((doc) =>
      doc.versions.map((version) => ({
        path: paths.clausesJson(doc.id, version.version),
        params: { doc: doc.id, version: version.version },
        text: async () => JSON.stringify(await clausesFor(version)),
      })),
    );
}

/** Each version's record for legal-information networks (JDIH): src/lib/documents/jdih-record.ts. */
export async function jdihDataFiles(): Promise<DataFile<{ doc: string; version: string }>[]> {
  return (await loadDocuments()).flatMap((doc) =>
    doc.versions.map((version, i) => ({
      path: paths.versionRecord(doc.id, version.version),
      params: { doc: doc.id, version: version.version },
      text: () => jdihText(doc, version, doc.versions[i - 1], doc.versions[i + 1]),
    })),
  );
}

function jdihText(doc: DocumentWithVersions, version: VersionEntry, next: VersionEntry | undefined, previous: VersionEntry | undefined): string {
  const urlOf = (label: string) => permanentSiteUrl(paths.version(doc.id, label)) ?? href(paths.version(doc.id, label));
  const related = (v: VersionEntry | undefined) => v && { judul: `${doc.title} versi ${v.version}`, versi: v.version, url: urlOf(v.version), status: v.status };
  const record = jdihRecord(doc, version, { previous: related(previous), next: related(next) }, urlOf(version.version), buildDay);
  return JSON.stringify(record, null, 2);
}

/** One document's feed (RSS 2.0): its versions, newest first, beside the site-wide /pembaruan.xml. */
export async function feedDataFiles(): Promise<DataFile<{ doc: string }>[]> {
  return (await loadDocuments()).map((doc) => ({
    path: paths.documentFeed(doc.id),
    params: { doc: doc.id },
    text: async () =>
      (
        await rss({
          title: `Pembaruan ${doc.title} — Pedoman KPAI`,
          description: `Versi baru ${doc.title} (${doc.code}); draf dari sumber publik, bukan naskah resmi KPAI.`,
          site: siteUrl,
          customData: '<language>id</language>',
          items: doc.versions.map((version) => ({
            title: `${doc.title} versi ${version.version} (${documentStatusLabels[version.status].toLowerCase()})`,
            link: href(paths.version(doc.id, version.version)),
            pubDate: new Date(`${version.date}T00:00:00Z`),
            description: version.changes.join(' '),
            categories: [doc.code],
          })),
        })
      ).text(),
  }));
}

/** Every data file, for a build (src/pages/berkas-data.txt.ts). */
export async function allDataFiles(): Promise<DataFile<Record<string, string>>[]> {
  const families = await Promise.all([searchDataFiles(), clauseDataFiles(), jdihDataFiles(), feedDataFiles()]);
  return families.flat();
}

/**
 * getStaticPaths for one family's own route: every file in the dev server; none in a build, which writes them
 * all from src/pages/berkas-data.txt.ts. A build is known by its register of background writes, not by
 * `import.meta.env.DEV`, which a build started under another NODE_ENV (a test runner's) can have true.
 */
export function devRoutes<P extends Record<string, string>>(family: () => Promise<DataFile<P>[]>) {
  return async () => (buildWrites() ? [] : (await family()).map((file) => ({ params: file.params, props: { file } })));
}
