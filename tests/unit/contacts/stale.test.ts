import { describe, expect, it } from 'vitest';
import { staleEntries } from '../../../src/lib/contacts/stale';

const entry = (verifiedAt: string) => ({ file: 'contacts.yaml', label: verifiedAt, verifiedAt });
const stale = (today: string, ...dates: string[]) => staleEntries(dates.map(entry), today).map((e) => e.verifiedAt);

describe('staleEntries: contacts whose source is over a year old', () => {
  it('flags a full date more than 12 months before today, not one within them', () => {
    expect(stale('2026-11-24', '2025-11-23', '2025-11-24', '2026-01-01')).toEqual(['2025-11-23']);
  });
  it('counts a month or a year from its last day, so nothing is called stale before it surely is', () => {
    expect(stale('2026-11-24', '2025-10', '2025-11', '2024', '2025')).toEqual(['2025-10', '2024']);
  });
});
