import type { TimeZone } from '../../schemas/clock';

/**
 * The time zone of each province, by its Kemendagri code. Basis: Keputusan Presiden Nomor 41 Tahun 1987
 * (26 November 1987), which divides Indonesia into three zones — WIB: every province of Sumatra and Java,
 * Kalimantan Barat and Kalimantan Tengah; WITA: Bali, Nusa Tenggara, Kalimantan Selatan and Timur, every
 * province of Sulawesi; WIT: Maluku and Papua (Kompas.com, 12 February 2024, "Daftar Provinsi yang Masuk
 * Zona Waktu Indonesia Timur"). Provinces formed since keep the zone of the land they were formed from:
 * Kalimantan Utara (from Kalimantan Timur) is WITA; the four new Papua provinces are WIT. Every province of
 * idn-area-data is listed (a unit test checks it), so a new one fails the tests instead of guessing.
 */
export const provinceZones: Readonly<Record<string, TimeZone>> = {
  // Sumatra and its islands
  '11': 'WIB', '12': 'WIB', '13': 'WIB', '14': 'WIB', '15': 'WIB', '16': 'WIB', '17': 'WIB', '18': 'WIB', '19': 'WIB', '21': 'WIB',
  // Java
  '31': 'WIB', '32': 'WIB', '33': 'WIB', '34': 'WIB', '35': 'WIB', '36': 'WIB',
  // Bali and Nusa Tenggara
  '51': 'WITA', '52': 'WITA', '53': 'WITA',
  // Kalimantan: the west and centre keep WIB (moved there by Keppres 41/1987), the rest WITA
  '61': 'WIB', '62': 'WIB', '63': 'WITA', '64': 'WITA', '65': 'WITA',
  // Sulawesi
  '71': 'WITA', '72': 'WITA', '73': 'WITA', '74': 'WITA', '75': 'WITA', '76': 'WITA',
  // Maluku and Papua
  '81': 'WIT', '82': 'WIT', '91': 'WIT', '92': 'WIT', '93': 'WIT', '94': 'WIT', '95': 'WIT', '96': 'WIT',
};

/** The zone of a province or regency code ("32", "73.71"); undefined for a code it does not know. */
export function zoneOfRegion(code: string | undefined): TimeZone | undefined {
  return code ? provinceZones[code.slice(0, 2)] : undefined;
}
