import { describe, expect, it } from 'vitest';
import { readSteward, reportLinks } from '../../../src/lib/contacts/steward';

const env = { PUBLIC_DATA_STEWARD_NAME: 'Tim Data Pedoman', PUBLIC_DATA_STEWARD_EMAIL: 'data@contoh.id', PUBLIC_DATA_STEWARD_WHATSAPP: '0812-3456-7890' };

describe('the data steward from the build’s environment', () => {
  it('is absent when nothing is configured, so no report link is shown', () => {
    expect(readSteward({})).toEqual({ problems: [] });
  });
  it('reads a name, an e-mail address and an optional WhatsApp number', () => {
    expect(readSteward(env).steward).toEqual({ name: 'Tim Data Pedoman', email: 'data@contoh.id', whatsapp: '0812-3456-7890' });
    expect(readSteward({ ...env, PUBLIC_DATA_STEWARD_WHATSAPP: '' }).steward).toEqual({ name: 'Tim Data Pedoman', email: 'data@contoh.id' });
  });
  it('says in Indonesian what a half-written configuration lacks, one message per mistake', () => {
    expect(readSteward({ PUBLIC_DATA_STEWARD_WHATSAPP: '12345' }).problems).toEqual([
      'PUBLIC_DATA_STEWARD_NAME: tulis nama pengelola data (orang atau tim) yang menerima laporan',
      'PUBLIC_DATA_STEWARD_EMAIL: alamat surel pengelola data wajib diisi; WhatsApp hanya tambahan',
      'PUBLIC_DATA_STEWARD_WHATSAPP: tulis nomor WhatsApp seperti 0812-3456-7890 atau +62 812 3456 7890 (tertulis: "12345")',
    ]);
    expect(readSteward({ ...env, PUBLIC_DATA_STEWARD_EMAIL: 'data(at)contoh.id' }).problems).toEqual(['PUBLIC_DATA_STEWARD_EMAIL: bukan alamat surel (tertulis: "data(at)contoh.id")']);
  });
});

describe('a report of a wrong number', () => {
  const steward = readSteward(env).steward!;
  const subject = { contactId: 'kpai', contactName: 'Pengaduan KPAI', channel: { kind: 'telepon' as const, value: '021-31901556' }, sourceDate: '2018-01' };

  it('opens a prefilled e-mail carrying the contact id, the channel and the dates shown, asking for no case details', () => {
    const { email } = reportLinks(steward, subject);
    const url = new URL(email);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('data@contoh.id');
    expect(url.searchParams.get('subject')).toBe('Kontak salah: Pengaduan KPAI — Telepon 021-31901556');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Kontak: Pengaduan KPAI (id: kpai)');
    expect(body).toContain('Kanal: Telepon 021-31901556');
    expect(body).toContain('Tanggal yang tertera: terbit Januari 2018; belum diperiksa langsung');
    expect(body).toContain('Mohon jangan menulis nama anak atau rincian kasus');
  });

  it('and the same message on WhatsApp where the steward has a number, in international form', () => {
    const { whatsapp } = reportLinks(steward, { ...subject, checkedAt: '2026-12-03' });
    const url = new URL(whatsapp!);
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890');
    expect(url.searchParams.get('text')).toContain('terbit Januari 2018; diperiksa langsung 3 Desember 2026');
    expect(reportLinks({ name: 'x', email: 'a@b.id' }, subject).whatsapp).toBeUndefined();
  });

  it('about a service with no channel yet: the service itself, with its dates', () => {
    const url = new URL(reportLinks(steward, { contactId: 'uptd-ppa-papua', contactName: 'UPTD PPA Provinsi Papua', sourceDate: '2025-04-14' }).email);
    expect(url.searchParams.get('subject')).toBe('Kontak salah: UPTD PPA Provinsi Papua — keberadaan layanan ini');
  });
});
