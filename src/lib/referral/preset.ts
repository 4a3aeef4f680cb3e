import type { Region } from '../routing/place';

/**
 * The province an address chooses for the finder (`?provinsi=32`, as a poster's QR code gives): the place
 * answer to start from, with a line saying so — or, for a value that is not a province, a line saying the
 * choice was cleared. Undefined when the address chooses nothing. Only the first 200 characters are read.
 *
 * @example presetPlace('?provinsi=32', provinces) // { answer: ['32'], message: 'Provinsi Jawa Barat sudah dipilih …' }
 */
export function presetPlace(search: string, provinces: readonly Region[]): { answer?: string[]; message: string } | undefined {
  let value: string | null;
  try {
    value = new URLSearchParams(search.slice(0, 200)).get('provinsi');
  } catch {
    value = '';
  }
  if (value === null) return undefined;
  const province = provinces.find((p) => p.code === value.trim());
  return province
    ? { answer: [province.code], message: `Provinsi ${province.name} sudah dipilih dari alamat yang Anda buka. Anda dapat menggantinya di bawah.` }
    : { message: 'Alamat yang Anda buka menyebut provinsi yang tidak kami kenal, jadi pilihan provinsi dikosongkan. Pilih provinsi di bawah.' };
}
