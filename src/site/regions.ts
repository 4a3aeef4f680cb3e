import { getProvinces, getRegencies } from 'idn-area-data';
import { slug } from 'github-slugger';
import type { Region } from '../lib/routing/place';

export interface Province extends Region {
  /** The directory page's address segment, from the name: "jawa-barat". */
  slug: string;
  regencies: Region[];
}

let regions: Promise<Province[]> | undefined;

/**
 * The 38 provinces and 514 regencies and cities with their Kemendagri codes, read from idn-area-data at
 * build time (data under ODbL; the site credits it). Sorted by code, as Kemendagri lists them.
 */
export function loadRegions(): Promise<Province[]> {
  regions ??= Promise.all([getProvinces(), getRegencies()]).then(([provinces, regencies]) =>
    provinces
      .map((p) => ({
        code: p.code,
        name: p.name,
        slug: slug(p.name),
        regencies: regencies.filter((r) => r.province_code === p.code).map((r) => ({ code: r.code, name: r.name })),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  );
  return regions;
}

/** Every province and regency code, for checking the service directory. */
export async function regionCodes(): Promise<Set<string>> {
  return new Set((await loadRegions()).flatMap((p) => [p.code, ...p.regencies.map((r) => r.code)]));
}
