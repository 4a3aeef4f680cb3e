// A first draft of a partnership agreement from the answers: each section of the agreement's template whose
// `when` holds, in the wording of the first of its variants that holds, with the answers filled in.
import type { Agreement, Citation } from '../../schemas/eligibility-agreement';
import type { Form, ToolData } from '../../schemas/eligibility';
import { firstMatch } from '../rules/select';
import type { Answers, Assessment } from './assess';
import { holds, type RuleContext } from './condition';
import { answerResultLabels } from '../../schemas/vocabularies';

/** Filled in within a paragraph. */
export const inlinePlaceholders = ['jenis-mitra'] as const;
/** A paragraph that is only one of these becomes a lettered list. */
export const listPlaceholders = ['tujuan', 'bidang', 'perbaikan'] as const;

export type Block = { text: string } | { list: string[] };

export interface DraftSection {
  id: string;
  title: string;
  required: boolean;
  cites: Citation[];
  blocks: Block[];
}

export interface AgreementDraft {
  agreement: Agreement;
  /** The agreement's name in this form of partnership ("Kesepakatan Bersama atau Nota Kesepakatan"). */
  title: string;
  sections: DraftSection[];
}

/** The agreements a form of partnership is made of, in the order they are signed. */
export function agreementsFor(data: ToolData, form: Form): { agreement: Agreement; title: string }[] {
  return form.agreements.map(({ agreement, title }) => {
    const found = data.agreements.find((a) => a.id === agreement)!;
    return { agreement: found, title: title ?? found.title };
  });
}

/**
 * Drafts one of the form's agreements.
 *
 * @example draftAgreement(data, answers, assess(data, answers), 'pks').sections.map((s) => s.title) // ['Para Pihak …', …]
 */
export function draftAgreement(data: ToolData, answers: Answers, assessment: Assessment, agreementId: string): AgreementDraft {
  const { agreement, title } = agreementsFor(data, assessment.form).find((a) => a.agreement.id === agreementId) ?? agreementsFor(data, assessment.form)[0]!;
  const context: RuleContext = { kind: answers.kind, plan: answers.plan, verdict: assessment.verdict, form: assessment.form.id };
  const kind = data.partnerKinds.find((k) => k.id === answers.kind)!.label;
  const lists: Record<(typeof listPlaceholders)[number], string[]> = {
    tujuan: data.goals.options.filter((o) => answers.goals.includes(o.id)).map((o) => o.label),
    bidang: data.fields.options.filter((o) => answers.fields.includes(o.id)).map((o) => o.label),
    perbaikan: assessment.results
      .filter((r) => r.status === 'komitmen' || (r.status === 'belum' && r.level === 'dianjurkan'))
      .map((r) => `${r.criterion.title} (${answerResultLabels[r.status].toLowerCase()}): ${r.criterion.whenNotMet}`),
  };
  const block = (paragraph: string): Block => {
    const list = /^\{([a-z-]+)\}$/.exec(paragraph)?.[1] as keyof typeof lists | undefined;
    if (list && list in lists) return { list: lists[list] };
    return { text: paragraph.replaceAll('{jenis-mitra}', kind.charAt(0).toLowerCase() + kind.slice(1)) };
  };
  const sections = agreement.sections
    .filter((s) => !s.when || holds(s.when, context))
    .map((s) => ({
      id: s.id,
      title: s.title,
      required: s.required,
      cites: s.cites,
      blocks: firstMatch(s.text, (when) => holds(when, context)).paragraphs.map(block),
    }));
  return { agreement, title, sections };
}
