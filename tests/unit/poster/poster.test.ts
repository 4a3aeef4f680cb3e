import { describe, expect, it } from 'vitest';
import { qrCode } from '../../../src/lib/poster/qr';
import { posterServices } from '../../../src/lib/poster/poster-services';
import { presetPlace } from '../../../src/lib/referral/preset';
import { services } from '../routing/load';
import { decodeQrPath } from './decode-qr';

describe('the poster’s QR code', () => {
  it('decodes to the finder with the province chosen, quiet zone included', () => {
    const url = 'https://pedoman.contoh.id/cari-rujukan/?provinsi=32';
    const { path, size, modules } = qrCode(url);
    expect(size).toBe(modules.length + 8);
    expect(decodeQrPath(path, size)).toBe(url);
  });
  it('an address under a sub-path decodes too', () => {
    const url = 'https://contoh.github.io/pedoman-kpai/cari-rujukan/?provinsi=96';
    const { path, size } = qrCode(url);
    expect(decodeQrPath(path, size)).toBe(url);
  });
});

describe('a province chosen by the address', () => {
  const provinces = [{ code: '32', name: 'Jawa Barat' }, { code: '96', name: 'Papua Barat Daya' }];
  it('starts the finder with that province, and says so', () => {
    expect(presetPlace('?provinsi=32', provinces)).toEqual({ answer: ['32'], message: 'Provinsi Jawa Barat sudah dipilih dari alamat yang Anda buka. Anda dapat menggantinya di bawah.' });
  });
  it('clears a value that is no province, with a message, and ignores an address that chooses nothing', () => {
    for (const search of ['?provinsi=99', '?provinsi=%3Cscript%3E', '?provinsi=', `?provinsi=${'3'.repeat(5000)}`, '?provinsi=32.75']) {
      expect(presetPlace(search, provinces)).toEqual({ message: 'Alamat yang Anda buka menyebut provinsi yang tidak kami kenal, jadi pilihan provinsi dikosongkan. Pilih provinsi di bawah.' });
    }
    expect(presetPlace('', provinces)).toBeUndefined();
    expect(presetPlace('?q=x', provinces)).toBeUndefined();
  });
});

describe('what a poster prints of a province’s services', () => {
  it('the province’s own first, then its regencies; never an unconfirmed number; 112 apart', () => {
    const jabar = posterServices(services.filter((s) => s.region.startsWith('32')));
    expect(jabar.listed[0]?.service.id).toBe('uptd-ppa-jawa-barat');
    expect(jabar.with112.map((s) => s.id)).toEqual(['darurat-112-kota-depok']);
    const sulteng = posterServices(services.filter((s) => s.region.startsWith('72')));
    expect(sulteng.listed).toEqual([]);
    expect(sulteng.named.map((s) => s.id)).toEqual(['uptd-ppa-sulawesi-tengah']);
  });
});
