import { clauseLinkParts } from '../../documents/clause-link';

/** Says what is wrong with a link to a clause (`/dokumen/<doc>/#<clause>`), or undefined when it lands. */
export type ClauseCheck = (href: string) => string | undefined;

/** Checks a link to a clause against the current version of that document. */
export function clauseCheck(documents: ReadonlySet<string>, clauses: ReadonlyMap<string, ReadonlySet<string>>): ClauseCheck {
  return (href) => {
    const { doc, clause } = clauseLinkParts(href) ?? {};
    if (!doc || !documents.has(doc)) return `${href}: dokumen "${doc}" tidak terdaftar`;
    // A document whose current version could not be read has its own error already.
    if (clauses.has(doc) && !clauses.get(doc)!.has(clause!)) return `${href}: bagian itu tidak ada di versi terkini dokumen "${doc}"`;
    return undefined;
  };
}
