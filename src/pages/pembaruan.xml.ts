// The update feed (RSS 2.0): every version of every document, so partners can subscribe.
import { siteUrl } from '../../site.config.mjs';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDocuments } from '../site/corpus';
import { allUpdates } from '../site/updates';
import { href } from '../site/href';
import { paths } from '../lib/paths';
import { documentStatusLabels } from '../schemas/vocabularies';

export const GET: APIRoute = async (context) => {
  const updates = allUpdates(await loadDocuments());
  return rss({
    title: 'Pembaruan Pedoman KPAI',
    description: 'Versi baru dokumen layanan pengaduan, rujukan, kode etik dan kemitraan KPAI (draf dari sumber publik).',
    site: context.site ?? siteUrl,
    customData: '<language>id</language>',
    items: updates.map(({ doc, version }) => ({
      title: `${doc.title} versi ${version.version} (${documentStatusLabels[version.status].toLowerCase()})`,
      link: href(paths.version(doc.id, version.version)),
      pubDate: new Date(`${version.date}T00:00:00Z`),
      description: version.changes.join(' '),
      categories: [doc.code],
    })),
  });
};
