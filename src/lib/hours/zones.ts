import type { TimeZone } from '../../schemas/clock';

/**
 * The time zone of each province, by its Kemendagri code. Basis: Keputusan Presiden Nomor 41 Tahun 1987
 * (26 November 1987), which divides Indonesia into three zones — WIB: every province of Sumatra and Java,
 * Kalimantan Barat and Kalimantan Tengah; WITA: Bali, Nusa Tenggara, Kalimantan Selatan and Timur, every
 * province of Sulawesi; WIT: Maluku and Papua (Kompas.com, 12 February 2024, "Daftar Provinsi yang Masuk
 * Zona Waktu Indonesia Timur"). Provinces formed since keep the zone of the land they were formed from:
 * Kalimantan Utara (from Kalimantan Timur) is WITA; the four new Papua provinces are WIT. A unit test checks
 * every province of idn-area-data against the zones the decree and Kompas list, so a new code is checked too.
 */
export function provinceZone(code: string): TimeZone {
  const n = Number(code.slice(0, 2));
  // 1x, 2x, 3x: Sumatra, its islands and Java; 61, 62: Kalimantan Barat and Tengah; 5x, 63–65, 7x: WITA; 8x, 9x: WIT.
  return n < 50 || n === 61 || n === 62 ? 'WIB' : n < 80 ? 'WITA' : 'WIT';
}

/** The zone of a province or regency code ("32", "73.71"); undefined for a code it does not know. */
export function zoneOfRegion(code: string | undefined): TimeZone | undefined {
  return code && /^\d{2}(?:\.\d{2})?$/.test(code) ? provinceZone(code) : undefined;
}
