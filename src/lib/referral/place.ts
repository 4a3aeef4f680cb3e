import type { RegionalKind, RegionalService } from '../../schemas/service';

export interface Region {
  /** Kemendagri code: "32" for a province, "32.75" for a regency or city. */
  code: string;
  name: string;
}

/** What the finder loads for one province: its regencies and cities, and the directory's services there. */
export interface ProvinceDirectory extends Region {
  regencies: Region[];
  /** Services of the province itself and of its regencies, in directory order. */
  services: RegionalService[];
}

/** Where the case is: a province and, when known, one of its regencies or cities. */
export interface Place {
  province: Region;
  regency?: Region;
  /** The services that serve this place: the regency's own first, then the province's. */
  services: RegionalService[];
}

/** The place for a regency of a province, or for the province alone when the regency is not known. */
export function placeIn(directory: ProvinceDirectory, regencyCode?: string): Place {
  const regency = directory.regencies.find((r) => r.code === regencyCode);
  const own = regency ? directory.services.filter((s) => s.region === regency.code) : [];
  const provincial = directory.services.filter((s) => s.region === directory.code);
  return { province: { code: directory.code, name: directory.name }, regency, services: [...own, ...provincial] };
}

/** The kinds of service the directory knows this place to have. */
export function kindsAt(place: Place): Set<RegionalKind> {
  return new Set(place.services.map((s) => s.kind));
}

/** How the place reads in a sentence: "Kota Bekasi, Jawa Barat" or "Jawa Barat". */
export function placeName(place: Place): string {
  return place.regency ? `${place.regency.name}, ${place.province.name}` : place.province.name;
}

/** A province's directory: its regencies, and the services of the province and of each regency. */
export function directoryOf(province: Region & { regencies: Region[] }, services: readonly RegionalService[]): ProvinceDirectory {
  const inProvince = (code: string) => code === province.code || code.startsWith(`${province.code}.`);
  return { code: province.code, name: province.name, regencies: province.regencies, services: services.filter((s) => inProvince(s.region)) };
}
