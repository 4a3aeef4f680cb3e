import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format-date';

describe('formatDate', () => {
  it('writes dates the Indonesian way', () => {
    expect(formatDate('2024-02-29')).toBe('29 Februari 2024');
    expect(formatDate('2023-09-20')).toBe('20 September 2023');
  });
  it('writes a month or a year alone when that is all a source gives', () => {
    expect(formatDate('2022-10')).toBe('Oktober 2022');
    expect(formatDate('2021')).toBe('2021');
  });
});
