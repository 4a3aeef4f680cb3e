import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages, dist } from './dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <input>, Preact's renderer as <input/>: both are valid HTML.
    'void-style': 'off',
    // A phone link's text names the service with the number ("WhatsApp SAPA 129: 08111-129-129") and may wrap on a phone.
    'tel-non-breaking': 'off',
    // The check-boxes of one question share a name, as radio buttons do.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // The finder's place fields are ARIA comboboxes with a listbox popup: a native <select> cannot be searched.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});

// Astro puts this one rule before the first island, in the body; HTML allows <style> only in the head. It is
// Astro's own markup, hashed into the page's CSP, and harmless where it stands: taken out before validating.
const astroIslandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('every built page is valid HTML (html-validate, recommended rules)', () => {
  it.each(builtPages)('%s', async (file) => {
    const source = readFileSync(join(dist, file), 'utf8').replace(astroIslandStyle, '');
    const report = await validator.validateString(source, file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.selector ?? `line ${m.line}`}): ${m.message}`));
    expect(messages).toEqual([]);
  });
});
