import { describe, expect, it } from 'vitest';
import { firstFew } from '../../../src/lib/documents/first-few';

const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d${i + 1}` }));
const ids = (list: { id: string }[]) => list.map((d) => d.id);

describe('firstFew: lists on every page that do not grow with the site', () => {
  it('names every document while there are few', () => {
    expect(firstFew(docs(3), 3, 'd2')).toEqual({ shown: docs(3), more: 0 });
  });

  it('names the first few and counts the rest', () => {
    const { shown, more } = firstFew(docs(1000), 4);
    expect(ids(shown)).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(more).toBe(996);
  });

  it('always names the document being read, in the last place', () => {
    const { shown, more } = firstFew(docs(1000), 4, 'd500');
    expect(ids(shown)).toEqual(['d1', 'd2', 'd3', 'd500']);
    expect(more).toBe(996);
    expect(ids(firstFew(docs(1000), 4, 'd2').shown)).toEqual(['d1', 'd2', 'd3', 'd4']);
  });

  it('names as many documents at 10 as at 10,000', () => {
    expect(firstFew(docs(10), undefined, 'd7').shown.length).toBe(firstFew(docs(10_000), undefined, 'd7000').shown.length);
  });
});
