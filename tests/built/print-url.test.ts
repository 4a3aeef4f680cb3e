import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, dist } from './dist';

// What a page prints (its print-only lines) carries the deployment's permanent address, or none when no
// SITE_URL was configured for the build — never the local preview address Astro's `site` falls back to.
const printOnly = (html: string) => [...html.matchAll(/<p class="print-only[^"]*"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

describe('printed addresses in the build', () => {
  const lines = builtPages.flatMap((page) => printOnly(readFileSync(join(dist, page), 'utf8')).map((line) => ({ page, line })));

  it('has print-only lines to check', () => {
    expect(lines.length).toBeGreaterThan(10);
  });

  it(process.env.SITE_URL ? `uses only ${process.env.SITE_URL}` : 'prints no address, since no SITE_URL is set', () => {
    const site = process.env.SITE_URL?.replace(/\/$/, '');
    const wrong = lines.filter(({ line }) => [...line.matchAll(/https?:\/\/\S+/g)].some((m) => !site || !m[0].startsWith(`${site}/`)));
    expect(wrong).toEqual([]);
  });
});
