// A link to the clause a statement follows, named as a citation ("Pedoman Kemitraan Pasal 28 ayat (2) huruf a").
import { citationText } from '../../../lib/eligibility/citation';
import { siteLink, type ToolContext } from './context';

export function Cite({ ctx, href, at }: { ctx: ToolContext; href: string; at?: string }) {
  return <a href={siteLink(ctx, href)}>{citationText(ctx.labels[href], at)}</a>;
}

/** "usulan draf": a statement this draft proposes, which no source states. */
export function Proposal({ when }: { when: boolean }) {
  return when ? <span class="tag tag-proposal">usulan draf</span> : null;
}
