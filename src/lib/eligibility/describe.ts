import type { Criterion, EligibilityData, Form } from '../../schemas/eligibility';
import type { Condition } from '../../schemas/eligibility-condition';
import { verdictLabel } from './assess';

/**
 * A rule's condition in words, for readers without the tool: "lembaga Anda adalah pemerintah daerah …", "kegiatannya
 * sudah jelas, atau …".
 */
export function describeCondition(data: EligibilityData, when: Condition): string {
  const kind = (id: string) => data.partnerKinds.find((k) => k.id === id)?.label.toLowerCase() ?? id;
  const means = (id: string) => data.plan.find((p) => p.id === id)?.means ?? id;
  const form = (id: string) => data.forms.find((f) => f.id === id)?.title ?? id;
  const parts = [
    when.kinds && `lembaga Anda adalah ${when.kinds.map(kind).join(' atau ')}`,
    when.verdicts && `hasil penilaiannya "${when.verdicts.map((v) => verdictLabel[v].toLowerCase()).join('" atau "')}"`,
    when.forms && `bentuknya ${when.forms.map(form).join(' atau ')}`,
    when.anyYes && when.anyYes.map(means).join(', atau '),
    when.noneYes && `tidak ada yang berlaku dari: ${when.noneYes.map(means).join('; ')}`,
  ].filter(Boolean);
  return parts.join('; dan ');
}

/** The forms of partnership in the order the rules try them, each with when it fits (none for the default). */
export function formsInRuleOrder(data: EligibilityData): { form: Form; when?: string }[] {
  return data.formRules.map((rule) => ({ form: data.forms.find((f) => f.id === rule.form)!, when: rule.when && describeCondition(data, rule.when) }));
}

/** A criterion's level in words: "wajib", or each level rule in the order tried ("wajib bila …; dianjurkan bila tidak"). */
export function levelInWords(data: EligibilityData, criterion: Criterion): string {
  if (typeof criterion.level === 'string') return criterion.level;
  return criterion.level.map((rule) => `${rule.level} bila ${rule.when ? describeCondition(data, rule.when) : 'tidak'}`).join('; ');
}
