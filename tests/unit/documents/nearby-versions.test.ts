import { describe, expect, it } from 'vitest';
import { nearbyVersions } from '../../../src/lib/documents/nearby-versions';

const labels = (n: number) => Array.from({ length: n }, (_, i) => `1.${n - 1 - i}`); // newest first

describe('nearbyVersions: a version switcher that does not grow with the number of versions', () => {
  it('names every version while there are few', () => {
    expect(nearbyVersions(['0.2', '0.1'], '0.1', '0.2')).toEqual(['0.2', '0.1']);
  });

  it('names the current one, the one shown and its neighbours, newest first', () => {
    expect(nearbyVersions(labels(10), '1.2', '1.9', 4)).toEqual(['1.9', '1.3', '1.2', '1.1']);
    expect(nearbyVersions(labels(10), '1.0', '1.9', 4)).toEqual(['1.9', '1.2', '1.1', '1.0']);
  });

  it('names the newest ones when the current version is shown', () => {
    expect(nearbyVersions(labels(10), '1.9', '1.9', 3)).toEqual(['1.9', '1.8', '1.7']);
  });

  it('names the current one even when it is not the newest (a newer draft exists)', () => {
    expect(nearbyVersions(labels(10), '1.9', '1.5', 3)).toEqual(['1.9', '1.8', '1.5']);
  });

  it('names as many versions at 20 as at 200', () => {
    expect(nearbyVersions(labels(200), '1.100', '1.199')).toHaveLength(nearbyVersions(labels(20), '1.10', '1.19').length);
  });
});
