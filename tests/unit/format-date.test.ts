import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../../src/lib/format-date';

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

describe('formatDateRange', () => {
  it('says a shared month and year once', () => {
    expect(formatDateRange('2023-09-19', '2023-09-20')).toBe('19–20 September 2023');
    expect(formatDateRange('2023-11-30', '2023-12-02')).toBe('30 November – 2 Desember 2023');
    expect(formatDateRange('2023-12-31', '2024-01-01')).toBe('31 Desember 2023 – 1 Januari 2024');
  });
  it('is one date when there is no end, or the end is the same day', () => {
    expect(formatDateRange('2024-02-29')).toBe('29 Februari 2024');
    expect(formatDateRange('2024-02-29', '2024-02-29')).toBe('29 Februari 2024');
  });
});
