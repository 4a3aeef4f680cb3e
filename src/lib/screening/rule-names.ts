/** The rules a flow may name in `next: { rule, to }`; their code is in rules.ts. */
export const ruleNames = ['umur', 'hasil'] as const;
export type RuleName = (typeof ruleNames)[number];
