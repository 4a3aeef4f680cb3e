import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../security/policy';

/** Writes `_headers` into the build, so hosts that read it (Netlify, Cloudflare Pages) send the security headers. */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'pedoman-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile()),
    },
  };
}
