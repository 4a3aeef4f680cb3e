import { describe, expect, it } from 'vitest';
import { compareVersionLabels, currentVersion, newestFirst, type VersionLike } from '../../../src/lib/documents/versions';

const v = (version: string, status: VersionLike['status']): VersionLike => ({ version, status });

describe('compareVersionLabels', () => {
  it('orders numerically segment by segment, not as text', () => {
    expect(['0.10', '0.9', '1.0', '0.2'].sort(compareVersionLabels)).toEqual(['0.2', '0.9', '0.10', '1.0']);
  });
  it('treats missing segments as zero', () => {
    expect(compareVersionLabels('1', '1.0')).toBe(0);
    expect(compareVersionLabels('1.0.1', '1')).toBeGreaterThan(0);
  });
});

describe('newestFirst', () => {
  it('returns a new array, newest version first', () => {
    const input = [v('0.1', 'draf'), v('1.1', 'berlaku'), v('1.0', 'diganti')];
    expect(newestFirst(input).map((x) => x.version)).toEqual(['1.1', '1.0', '0.1']);
    expect(input.map((x) => x.version)).toEqual(['0.1', '1.1', '1.0']);
  });
});

describe('currentVersion', () => {
  it('is the newest version in force, even when a newer draft exists', () => {
    const versions = [v('1.0', 'diganti'), v('1.1', 'berlaku'), v('2.0', 'draf')];
    expect(currentVersion(versions)?.version).toBe('1.1');
  });
  it('is the newest draft when nothing is in force', () => {
    expect(currentVersion([v('0.1', 'draf'), v('0.2', 'draf')])?.version).toBe('0.2');
  });
  it('prefers a draft over a withdrawn version', () => {
    expect(currentVersion([v('1.0', 'dicabut'), v('0.9', 'draf')])?.version).toBe('0.9');
  });
  it('falls back to the newest version when every version was superseded or withdrawn', () => {
    expect(currentVersion([v('1.0', 'diganti'), v('2.0', 'dicabut')])?.version).toBe('2.0');
  });
  it('is undefined for a document without versions', () => {
    expect(currentVersion([])).toBeUndefined();
  });
});
