import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { REDIRECT_SCRIPT, redirectPageHtml } from '../../../src/lib/documents/redirect-page';

const redirect = { from: 'dokumen/sop/0.2/', to: 'dokumen/sop/', title: 'SOP "Pengaduan" <versi 0.2>', label: 'SOP & Panduan', reason: 'Versi 0.2 adalah versi terkini.' };
const html = redirectPageHtml({ redirect, href: '/dokumen/sop/', canonical: 'https://contoh.id/dokumen/sop/', policy: "default-src 'self'; script-src 'self' 'sha256-x'" });

describe('redirectPageHtml: a small page that sends the reader on', () => {
  it('refreshes only without JavaScript, so nothing races the script that keeps the #clause', () => {
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/dokumen/sop/"></noscript>');
    expect(html).toContain(`<script>${REDIRECT_SCRIPT}</script>`);
    expect(html).not.toMatch(/<meta http-equiv="refresh"[^>]*>(?!<\/noscript>)/);
  });

  it('says where it leads, in words, with a link, in Indonesian', () => {
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<h1>SOP &quot;Pengaduan&quot; &lt;versi 0.2&gt;</h1>');
    expect(html).toContain('<p>Versi 0.2 adalah versi terkini.</p>');
    expect(html).toContain('<a href="/dokumen/sop/" data-redirect>Buka SOP &amp; Panduan</a>');
    expect(html).toContain('<link rel="canonical" href="https://contoh.id/dokumen/sop/">');
  });

  it('names no canonical address when the deployment has none (a local preview address never leaves the machine)', () => {
    expect(redirectPageHtml({ redirect, href: '/dokumen/sop/', policy: "default-src 'self'" })).not.toContain('canonical');
  });

  it('carries its own security policy', () => {
    expect(html).toContain(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'">`);
  });

  it('weighs a few hundred bytes', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(1500);
  });

  it('runs a script whose hash a policy can name', () => {
    expect(createHash('sha256').update(REDIRECT_SCRIPT).digest('base64')).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});
