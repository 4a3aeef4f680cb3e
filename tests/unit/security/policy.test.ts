import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, metaDirectives, nginxLines, securityHeaders } from '../../../src/security/policy';

describe('the security policy', () => {
  it('lets nothing from another origin in, and nothing frame the site', () => {
    expect(metaDirectives).toContain("default-src 'self'");
    expect(metaDirectives.join(';')).not.toMatch(/unsafe-|https?:|\*/);
    expect(securityHeaders['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(securityHeaders['Referrer-Policy']).toBe('no-referrer');
    expect(securityHeaders['Permissions-Policy']).toContain('camera=()');
  });

  it('writes a _headers file that gives every path every header', () => {
    const lines = headersFile().trim().split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines.slice(1)).toEqual(Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`));
  });

  it('shows nginx users the same headers in the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    for (const line of nginxLines()) expect(readme).toContain(line);
  });
});
