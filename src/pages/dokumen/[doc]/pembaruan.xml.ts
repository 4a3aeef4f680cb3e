// One document's feed (RSS 2.0): its versions, newest first, beside the site-wide /pembaruan.xml.
import { siteUrl } from '../../../../site.config.mjs';
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pathPerDocument } from '../../../site/corpus';
import { href } from '../../../site/href';
import { paths } from '../../../lib/paths';
import { documentStatusLabels } from '../../../schemas/vocabularies';

export const getStaticPaths = pathPerDocument satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { doc } = context.props as Awaited<ReturnType<typeof pathPerDocument>>[number]['props'];
  return rss({
    title: `Pembaruan ${doc.title} — Pedoman KPAI`,
    description: `Versi baru ${doc.title} (${doc.code}); draf dari sumber publik, bukan naskah resmi KPAI.`,
    site: context.site ?? siteUrl,
    customData: '<language>id</language>',
    items: doc.versions.map((version) => ({
      title: `${doc.title} versi ${version.version} (${documentStatusLabels[version.status].toLowerCase()})`,
      link: href(paths.version(doc.id, version.version)),
      pubDate: new Date(`${version.date}T00:00:00Z`),
      description: version.changes.join(' '),
      categories: [doc.code],
    })),
  });
};
