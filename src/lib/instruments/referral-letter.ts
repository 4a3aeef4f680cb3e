import type { Channel, Contact } from '../../schemas/contact';
import type { RoutingModel } from '../../schemas/routing';
import { kindsAt, placeName, type Place } from '../routing/place';
import type { Path, PathStep } from '../routing/route';
import { channelKindLabels } from '../../schemas/vocabularies';
import { formatDate } from '../format-date';
import type { FormValues } from './form-values';

/** The instrument and part the finder prints: the letter that goes to the destination. */
export const REFERRAL_LETTER = { instrument: 'surat-rujukan', part: 'Surat rujukan' } as const;

/** What the finder knows when it offers a referral letter: a step of the path, the place, the destination's contact. */
export interface ReferralLetterInput {
  /** The destination as the directory names it ("UPTD PPA Kota Bekasi", "SAPA 129"). */
  destination: string;
  /** Where the destination serves, when it is a regional service ("Kota Bekasi, Jawa Barat"). */
  destinationRegion?: string;
  /** The channel to use, exactly as the directory has it, with its source and that source's date. */
  channel?: Pick<Channel, 'kind' | 'value' | 'source' | 'sourceDate'>;
  /** When the destination has no sourced channel of its own: the national service that connects to it. */
  via?: string;
  /** Why the child is referred there: the step's reason. */
  need: string;
  /** The guideline clause behind the step, in words ("Panduan Rujukan, Pasal 7 — UPTD PPA"). */
  basis?: string;
  /** The regency or city where the child is, when known. */
  childRegency?: string;
  /** Danger now: the letter is marked "segera" (Panduan Rujukan Pasal 22 ayat (2)). */
  urgent: boolean;
  /** What the directory knows of the place's services, for the referral record (Panduan Rujukan Pasal 16). */
  regionalServices?: { uptdPpa: boolean; p2tp2a: boolean };
  /** Today, YYYY-MM-DD: the letter's date. */
  today: string;
}

/**
 * The fields of the surat rujukan the finder can fill: destination, its channel with the source and the date
 * the source gives, date, urgency, need, the child's regency, and the basis. Everything about the child — initials,
 * age, chronology — is left for the officer: the finder never asks for it.
 *
 * @example referralLetterValues({ destination: 'SAPA 129', need: '…', urgent: true, today: '2026-11-30' })['urgensi'] // ['segera']
 */
export function referralLetterValues(input: ReferralLetterInput): FormValues {
  const { channel } = input;
  const values: FormValues = {
    'tujuan-lembaga': input.destination,
    'tanggal-rujukan': input.today,
    urgensi: [input.urgent ? 'segera' : 'biasa'],
    'kebutuhan-anak': input.need,
  };
  if (input.destinationRegion) values['tujuan-daerah'] = input.destinationRegion;
  if (channel) values['tujuan-kontak'] = `${input.via ? `melalui ${input.via}: ` : ''}${channelKindLabels[channel.kind]} ${channel.value} (sumber: ${channel.source.title}; tanggal sumber: ${formatDate(channel.sourceDate)})`;
  if (input.childRegency) values['anak-kabupaten-kota'] = input.childRegency;
  if (input.basis) values['dasar-rujukan'] = input.basis;
  if (input.regionalServices) {
    const { uptdPpa, p2tp2a } = input.regionalServices;
    values['keadaan-layanan-daerah'] = [uptdPpa ? 'uptd-ppa' : p2tp2a ? 'p2tp2a' : 'belum-ada-keduanya'];
  }
  return values;
}

/**
 * Destinations a letter does not go to: KPAI is the one writing it, and an emergency call is made, not written.
 */
const NOT_BY_LETTER = new Set(['kpai', 'darurat']);

/** The steps of a path a surat rujukan can be written for, in the path's order. */
export function letterSteps(path: Path): PathStep[] {
  return path.steps.filter((s) => s.destination && !NOT_BY_LETTER.has(s.destination.id));
}

/**
 * What the letter for one step of the finder's path says: the place's own service when the directory has one
 * (its name, region and first channel), else the destination and its first national contact's channel; with no
 * channel of its own, the channel of the national service that connects to it, said as such.
 *
 * @example letterInput(step, place, contacts, 'Panduan Rujukan, Pasal 7 — UPTD PPA', false, '2026-11-30').destination // 'UPTD PPA Kota Bekasi'
 */
export function letterInput(step: PathStep, place: Place | undefined, contacts: ReadonlyMap<string, Contact>, basis: string | undefined, urgent: boolean, today: string): ReferralLetterInput {
  const service = step.regional?.services.find((s) => s.channels.length > 0) ?? step.regional?.services[0];
  const direct = step.contacts.map((id) => contacts.get(id)).find((c) => c && c.channels.length > 0);
  const via = step.fallback ? contacts.get(step.fallback) : undefined;
  // The place's own service by its own channel; else the destination's national contact; else, honestly, the
  // national service that connects to it ("melalui SAPA 129").
  const own = service?.channels[0] ?? (service ? undefined : direct?.channels[0]);
  const channel = own ?? via?.channels[0];
  const kinds = place ? kindsAt(place) : undefined;
  return {
    destination: service?.name ?? step.destination?.name ?? step.step.title,
    ...(service && place ? { destinationRegion: placeName(place) } : {}),
    ...(channel ? { channel } : {}),
    ...(!own && channel && via ? { via: via.name } : {}),
    need: step.step.why,
    ...(basis ? { basis } : {}),
    ...(place?.regency ? { childRegency: place.regency.name } : {}),
    urgent,
    ...(kinds ? { regionalServices: { uptdPpa: kinds.has('uptd-ppa'), p2tp2a: kinds.has('p2tp2a') } } : {}),
    today,
  };
}

/** Whether a path was placed by an urgent rule: a child in danger now, so the letter says "segera". */
export const urgentPath = (model: Pick<RoutingModel, 'urgent'>, path: Path): boolean => {
  const urgentRules = new Set(model.urgent.map((r) => r.id));
  return path.steps.some((s) => s.rules.some((r) => urgentRules.has(r)));
};

/** Today in the reader's own calendar, YYYY-MM-DD: the date a letter or summary is printed. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
