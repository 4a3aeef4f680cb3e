import { describe, expect, it } from 'vitest';
import { handOut } from '../../src/lib/hand-out';

describe('handOut: made once, handed to each user, then forgotten', () => {
  it('makes a value once for all its uses', () => {
    let made = 0;
    const texts = handOut<string>();
    const make = () => `teks ${++made}`;
    expect([texts('a', 3, make), texts('a', 3, make), texts('a', 3, make)]).toEqual(['teks 1', 'teks 1', 'teks 1']);
    expect(made).toBe(1);
  });

  it('forgets a value after its last use, so it is not held for the rest of the build', () => {
    let made = 0;
    const texts = handOut<number>();
    texts('a', 1, () => ++made);
    texts('a', 1, () => ++made);
    expect(made).toBe(2);
  });

  it('keeps values apart by key', () => {
    const texts = handOut<string>();
    expect(texts('a', 2, () => 'A')).toBe('A');
    expect(texts('b', 2, () => 'B')).toBe('B');
    expect(texts('a', 2, () => 'lain')).toBe('A');
  });
});
