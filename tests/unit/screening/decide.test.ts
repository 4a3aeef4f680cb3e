import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/lib/screening/decide';
import type { Flag } from '../../../src/lib/screening/flags';

const d = (...flags: Flag[]) => decide(new Set(flags));

describe('decide', () => {
  it('sends violence that nobody has handled yet to direct services first', () => {
    expect(d('kekerasan', 'belum-ditangani')).toMatchObject({ outcome: 'layanan-langsung', reasons: ['kekerasan', 'belum-ditangani'] });
  });
  it('sends handling that stalled to KPAI', () => {
    expect(d('kekerasan', 'sudah-ditangani', 'macet')).toMatchObject({ outcome: 'kpai', reasons: ['kekerasan', 'macet'] });
  });
  it('leaves handling that is still going on with the institution handling it', () => {
    expect(d('kekerasan', 'sudah-ditangani', 'masih-berjalan').outcome).toBe('sedang-ditangani');
  });
  it('sends a threatened witness or victim to LPSK, before anything else', () => {
    expect(d('kekerasan', 'belum-ditangani', 'ancaman-saksi').outcome).toBe('lpsk');
  });
  it('sends a poor public service without violence to the Ombudsman', () => {
    expect(d('layanan-publik', 'belum-ditangani').outcome).toBe('ombudsman');
    expect(d('layanan-publik', 'kekerasan', 'belum-ditangani').outcome).toBe('layanan-langsung');
  });
  it('takes a children’s-rights complaint without violence to KPAI', () => {
    expect(d('belum-ditangani')).toMatchObject({ outcome: 'kpai', reasons: ['hak-anak'] });
  });
  it('adds the disability commission and Komnas Perempuan where they also fit', () => {
    expect(d('kekerasan', 'belum-ditangani', 'disabilitas', 'perempuan-dewasa').also).toEqual([
      { reason: 'disabilitas', contact: 'komnas-disabilitas' },
      { reason: 'perempuan-dewasa', contact: 'komnas-perempuan' },
    ]);
  });
});
