import { paths } from '../lib/paths';
import { href } from './href';

export interface Crumb {
  label: string;
  href?: string;
}

/** Beranda › Dokumen › <document> › <here>: the trail of every page below a document. */
export function documentCrumbs(doc: { id: string; title: string }, here: string): Crumb[] {
  return [
    { label: 'Beranda', href: href(paths.home()) },
    { label: 'Dokumen', href: href(paths.documents()) },
    { label: doc.title, href: href(paths.document(doc.id)) },
    { label: here },
  ];
}
