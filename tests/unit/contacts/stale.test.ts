import { describe, expect, it } from 'vitest';
import { lastConfirmed, staleEntries } from '../../../src/lib/contacts/stale';

const entry = (sourceDate: string, checkedAt?: string) => ({ file: 'contacts.yaml', label: `${sourceDate} ${checkedAt ?? '-'}`, sourceDate, ...(checkedAt ? { checkedAt } : {}) });
const stale = (today: string, ...dates: string[]) => staleEntries(dates.map((d) => entry(d)), today).map((e) => e.sourceDate);

describe('staleEntries: contacts last confirmed over a year ago', () => {
  it('flags a full date more than 12 months before today, not one within them', () => {
    expect(stale('2026-11-24', '2025-11-23', '2025-11-24', '2026-01-01')).toEqual(['2025-11-23']);
  });
  it('counts a month or a year from its last day, so nothing is called stale before it surely is', () => {
    expect(stale('2026-11-24', '2025-10', '2025-11', '2024', '2025')).toEqual(['2025-10', '2024']);
  });
  it('uses the later of the source’s date and the day a person checked the channel', () => {
    const entries = [entry('2018-01', '2026-06-01'), entry('2018-01'), entry('2026-03-01', '2019-05-05'), entry('2018-01', '2025-01-01')];
    expect(staleEntries(entries, '2026-11-24').map((e) => e.label)).toEqual(['2018-01 -', '2018-01 2025-01-01']);
  });
});

describe('lastConfirmed', () => {
  it('is the check when it is later, else the source’s last possible day', () => {
    expect(lastConfirmed({ sourceDate: '2018-01', checkedAt: '2026-12-03' })).toBe('2026-12-03');
    expect(lastConfirmed({ sourceDate: '2022-10', checkedAt: '2022-10-15' })).toBe('2022-10-31');
    expect(lastConfirmed({ sourceDate: '2021' })).toBe('2021-12-31');
  });
});
