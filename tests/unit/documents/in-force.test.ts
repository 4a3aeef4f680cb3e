import { describe, expect, it } from 'vitest';
import { inForcePeriods, parseDay, versionOn, type DatedVersion } from '../../../src/lib/documents/in-force';

const history: DatedVersion[] = [
  { version: '0.9', status: 'draf', date: '2023-09-20' },
  { version: '1.0', status: 'diganti', date: '2024-01-10', effectiveDate: '2024-02-01' },
  { version: '1.1', status: 'berlaku', date: '2024-06-01', effectiveDate: '2024-07-01' },
  { version: '2.0', status: 'draf', date: '2025-03-01' },
];

describe('inForcePeriods', () => {
  it('runs each enacted version from its effective date until the next one took effect', () => {
    expect(inForcePeriods(history).map((p) => [p.version.version, p.from, p.until])).toEqual([
      ['1.0', '2024-02-01', '2024-07-01'],
      ['1.1', '2024-07-01', undefined],
    ]);
  });

  it('ends a withdrawn version on its withdrawal date', () => {
    const periods = inForcePeriods([{ version: '1.0', status: 'dicabut', date: '2024-01-01', effectiveDate: '2024-02-01', withdrawnDate: '2024-05-15' }]);
    expect(periods[0]).toMatchObject({ from: '2024-02-01', until: '2024-05-15' });
  });
});

describe('versionOn', () => {
  it('finds the version in force on a day, including its first and last day', () => {
    expect(versionOn(history, '2024-02-01').inForce?.version.version).toBe('1.0');
    expect(versionOn(history, '2024-06-30').inForce?.version.version).toBe('1.0');
    expect(versionOn(history, '2024-07-01').inForce?.version.version).toBe('1.1');
    expect(versionOn(history, '2026-01-01').inForce?.version.version).toBe('1.1');
  });

  it('finds no version in force before the first took effect, or after one was withdrawn', () => {
    expect(versionOn(history, '2024-01-31').inForce).toBeUndefined();
    const withdrawn: DatedVersion[] = [{ version: '1.0', status: 'dicabut', date: '2024-01-01', effectiveDate: '2024-02-01', withdrawnDate: '2024-05-15' }];
    expect(versionOn(withdrawn, '2024-05-15').inForce).toBeUndefined();
    expect(versionOn(withdrawn, '2024-05-14').inForce?.version.version).toBe('1.0');
  });

  it('names the newest draft that existed on the day, for documents still in draft', () => {
    expect(versionOn(history, '2023-12-31').newestDraft?.version).toBe('0.9');
    expect(versionOn(history, '2025-03-01').newestDraft?.version).toBe('2.0');
    expect(versionOn(history, '2023-01-01')).toEqual({});
  });
});

describe('parseDay', () => {
  it('accepts a real calendar day and nothing else', () => {
    expect(parseDay(' 2024-02-29 ')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2024-13-01', '24-01-01', '2024-1-1', 'kemarin', '', null, undefined, '<script>']) {
      expect(parseDay(bad)).toBeUndefined();
    }
  });
});
