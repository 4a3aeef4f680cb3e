import { describe, expect, it } from 'vitest';
import { nestHeadings } from '../../../src/lib/documents/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('nestHeadings', () => {
  it('nests level-3 headings under the level-2 heading before them', () => {
    const toc = nestHeadings([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(3, 'b1')]);
    expect(toc.map((e) => [e.slug, e.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
  });

  it('leaves out headings outside the chosen depths', () => {
    const toc = nestHeadings([h(1, 'title'), h(2, 'a'), h(4, 'deep')]);
    expect(toc).toEqual([{ ...h(2, 'a'), children: [] }]);
  });

  it('keeps a level-3 heading that comes before any level-2 heading', () => {
    expect(nestHeadings([h(3, 'orphan'), h(2, 'a')]).map((e) => e.slug)).toEqual(['orphan', 'a']);
  });
});
