import { z } from 'astro/zod';

/**
 * A first-match rule list (remeda's `cond` shape): rules are tried in order and the first whose `when` holds
 * wins. The last rule has no `when`, so every input has an answer; a rule after an unconditional one could
 * never be reached. Used by the routing model and by the partnership-form choice, so both read the same way.
 */
export function firstMatchList<T extends z.ZodType<{ when?: unknown }>>(rule: T) {
  return z
    .array(rule)
    .min(1, 'daftar aturan butuh paling sedikit satu aturan: aturan bawaan tanpa "when"')
    .superRefine((rules, ctx) => {
      rules.forEach((r, i) => {
        const last = i === rules.length - 1;
        if (last && r.when !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'when'], message: 'aturan terakhir adalah aturan bawaan dan tidak boleh bersyarat: hapus "when"' });
        if (!last && r.when === undefined) ctx.addIssue({ code: 'custom', path: [i, 'when'], message: 'hanya aturan terakhir yang boleh tanpa "when"; aturan sesudahnya tidak akan pernah terpakai' });
      });
    });
}
