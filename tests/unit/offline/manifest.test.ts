import { describe, expect, it } from 'vitest';
import { offlineManifest } from '../../../src/lib/offline/manifest';

const files: Record<string, string> = {
  'dokumen/sop/index.html': '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/reading.js"></script><a href="/penapisan/">alat</a><link rel="alternate" href="/pembaruan.xml">',
  'kontak/index.html': '<link rel="stylesheet" href="/_astro/a.css"><script src="https://tracker.example/x.js"></script>',
  '_astro/a.css': 'body{}',
  'favicon.svg': '<svg/>',
  '_astro/reading.js': 'import{a}from"./shared.js";const m=()=>import("./control.js");',
  '_astro/shared.js': 'export const a=1;',
  '_astro/control.js': 'export {}',
  'penapisan/index.html': '<p>alat</p>',
};

describe('what reading offline keeps', () => {
  const manifest = offlineManifest(['dokumen/sop/', 'kontak/'], (f) => files[f], '/', (t) => String(t.length));

  it('each page, and every file it needs: stylesheets, icons, scripts and what they import, at once or on demand', () => {
    expect(manifest.map((e) => e.url)).toEqual(['/dokumen/sop/', '/_astro/a.css', '/favicon.svg', '/_astro/reading.js', '/_astro/shared.js', '/_astro/control.js', '/kontak/']);
  });

  it('never a page it only links to (a tool), a feed, or another site’s file', () => {
    const urls = manifest.map((e) => e.url);
    expect(urls).not.toContain('/penapisan/');
    expect(urls.some((u) => u.includes('tracker') || u.endsWith('.xml'))).toBe(false);
  });

  it('fingerprints each file by its bytes, so a saved copy updates when a page changes', () => {
    expect(manifest.find((e) => e.url === '/kontak/')!.revision).toBe(String(files['kontak/index.html']!.length));
  });

  it('puts addresses under the base path of a site in a sub-folder', () => {
    const sub = offlineManifest(['kontak/'], (f) => ({ 'kontak/index.html': '<link rel="stylesheet" href="/pedoman/_astro/a.css">', '_astro/a.css': 'x' })[f], '/pedoman/', () => '1');
    expect(sub.map((e) => e.url)).toEqual(['/pedoman/kontak/', '/pedoman/_astro/a.css']);
  });
});

describe('a saved page, as the offline worker hands it out', () => {
  it('says it is saved, since when, and where to remove it, with no script on the page', async () => {
    const { markSaved } = await import('../../../src/lib/offline/mark-saved');
    const page = '<section id="luring"><p data-offline-state>Versi terkini … <a href="/luring/">Simpan untuk dibaca luring</a></p></section>';
    const saved = markSaved(page, '2026-12-05', '/');
    expect(saved).toContain('<strong>Tersimpan di peramban ini:</strong> halaman ini terbuka juga tanpa internet (simpanan situs per 5 Desember 2026');
    expect(saved).toContain('<a href="/luring/">Kelola atau hapus simpanan</a>');
    expect(saved).not.toContain('Simpan untuk dibaca luring');
    expect(markSaved('<p>lain</p>', '2026-12-05', '/')).toBe('<p>lain</p>');
  });
});
