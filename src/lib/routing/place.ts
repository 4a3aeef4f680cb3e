import type { RegionalService } from '../../schemas/service';
import type { RegionalKind } from '../../schemas/vocabularies';

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

/**
 * The place of a Kemendagri code for the rules alone (names are not needed to route): a province, or a regency
 * with its province, and the directory's services there. Used by the content check and the bench.
 */
export function placeForCode(code: string, services: readonly RegionalService[]): Place {
  const province = code.slice(0, 2);
  const regency = code.length > 2 ? { code, name: code } : undefined;
  const own = regency ? services.filter((s) => s.region === code) : [];
  return { province: { code: province, name: province }, regency, services: [...own, ...services.filter((s) => s.region === province)] };
}

/**
 * The place a place answer names, once its province's directory is known: ["32", "32.75"] → Kota Bekasi with
 * its services. Undefined when the person does not know the place, or the directory is for another province.
 */
export function placeOf(answer: readonly string[] | undefined, directory: ProvinceDirectory | undefined): Place | undefined {
  const [province, regency] = answer ?? [];
  if (!province || !directory || directory.code !== province) return undefined;
  return placeIn(directory, regency);
}

/** How a place answer reads: "Kota Bekasi, Jawa Barat", "Jawa Barat", or that it is not known. */
export function placeLabel(answer: readonly string[] | undefined, provinces: readonly Region[], place: Place | undefined): string {
  if (place) return placeName(place);
  const province = provinces.find((p) => p.code === answer?.[0]);
  return province?.name ?? 'Daerah tidak diketahui';
}
