import { describe, expect, it } from 'vitest';
import { instrumentLag } from '../../../src/lib/instruments/lag';

describe('instrumentLag', () => {
  it('warns when the SOP’s current version has no instruments, naming the version the forms still follow', () => {
    expect(instrumentLag([{ version: '0.2', status: 'draf' }, { version: '0.3', status: 'draf' }], ['0.2', '0.2'])).toMatch(/^SOP Layanan Pengaduan versi 0\.3 belum punya instrumen; \/instrumen\/ masih menampilkan formulir untuk versi 0\.2\./);
  });

  it('is quiet when the current version has instruments, or when there are none at all', () => {
    expect(instrumentLag([{ version: '0.2', status: 'draf' }, { version: '0.3', status: 'draf' }], ['0.2', '0.3'])).toBeUndefined();
    expect(instrumentLag([{ version: '0.3', status: 'draf' }], [])).toBeUndefined();
    // A version in force is current even when a newer draft exists.
    expect(instrumentLag([{ version: '1.0', status: 'berlaku' }, { version: '1.1', status: 'draf' }], ['1.0'])).toBeUndefined();
  });
});
