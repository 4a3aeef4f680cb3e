import { describe, expect, it } from 'vitest';
import { acknowledge, answer, back, change, confirm, current, start } from '../../../src/lib/screening/machine';
import { pagesLeftAtMost } from '../../../src/lib/screening/pages';
import { flow, model } from '../routing/load';

const context = { model, flow };
const at = (state: typeof start) => current(context, state).page.id;
const answerAll = (state = start) =>
  [['bahaya', ['tidak']], ['usia', ['anak']], ['apa-terjadi', ['kekerasan']], ['di-mana', ['rumah']], ['tempat', ['32', '32.75']], ['keadaan', ['tidak-ada']], ['penanganan', ['belum']]].reduce(
    (s, [id, given]) => answer(s, id as string, given as string[]),
    state,
  );

describe('the pre-screening step machine', () => {
  it('asks the routing questions in their order, one per page, then the check page and the result', () => {
    let state = start;
    const seen: string[] = [];
    for (const q of model.questions) {
      seen.push(at(state));
      state = answer(state, q.id, q.type === 'place' ? ['tidak-tahu'] : [q.options.find((o) => o.id !== 'ya')!.id]);
    }
    expect(seen).toEqual(model.questions.map((q) => q.id));
    expect(at(state)).toBe('periksa');
    expect(at(confirm(state))).toBe('hasil');
  });

  it('shows the emergency numbers straight after "danger: yes" or "I don’t know", before any other question', () => {
    for (const given of ['ya', 'tidak-tahu']) {
      const state = answer(start, 'bahaya', [given]);
      expect(at(state)).toBe('darurat');
      expect(at(acknowledge(state, 'darurat'))).toBe('usia');
    }
    expect(at(answer(start, 'bahaya', ['tidak']))).toBe('usia');
  });

  it('goes back one page at a time, and from the result to the check page', () => {
    const done = confirm(answerAll());
    expect(at(back(context, done))).toBe('periksa');
    expect(at(back(context, back(context, done)))).toBe('penanganan');
    expect(at(back(context, answer(start, 'bahaya', ['tidak'])))).toBe('bahaya');
  });

  it('changing an answer from the check page returns to it; a change that calls for the emergency page shows it first', () => {
    const checked = answerAll();
    const changed = answer(change(checked, 'di-mana'), 'di-mana', ['internet']);
    expect(at(changed)).toBe('periksa');
    const danger = answer(change(checked, 'bahaya'), 'bahaya', ['ya']);
    expect(at(danger)).toBe('darurat');
    expect(at(acknowledge(danger, 'darurat'))).toBe('periksa');
  });

  it('says honestly how many pages may remain', () => {
    expect(pagesLeftAtMost(model, flow, 'bahaya')).toBe(model.questions.length - 1 + 1 + 1);
    expect(pagesLeftAtMost(model, flow, 'penanganan')).toBe(1);
  });
});
