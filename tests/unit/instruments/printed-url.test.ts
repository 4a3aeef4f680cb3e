import { describe, expect, it } from 'vitest';
import { printedUrl } from '../../../src/site/printed-url';

describe('printedUrl', () => {
  it('prints the permanent address under the configured site, and nothing when no site is configured', () => {
    expect(printedUrl('instrumen/lembar-penerimaan/0.2/', 'https://pedoman.example.id')).toBe('https://pedoman.example.id/instrumen/lembar-penerimaan/0.2/');
    expect(printedUrl('instrumen/lembar-penerimaan/0.2/', undefined)).toBeUndefined();
    expect(printedUrl('instrumen/lembar-penerimaan/0.2/', '')).toBeUndefined();
  });
});
