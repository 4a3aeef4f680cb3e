import type { Channel } from '../../schemas/contact';
import { channelLabel } from '../contacts/channel-href';
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
  if (channel) values['tujuan-kontak'] = `${channelLabel[channel.kind]} ${channel.value} (sumber: ${channel.source.title}; tanggal sumber: ${formatDate(channel.sourceDate)})`;
  if (input.childRegency) values['anak-kabupaten-kota'] = input.childRegency;
  if (input.basis) values['dasar-rujukan'] = input.basis;
  if (input.regionalServices) {
    const { uptdPpa, p2tp2a } = input.regionalServices;
    values['keadaan-layanan-daerah'] = [uptdPpa ? 'uptd-ppa' : p2tp2a ? 'p2tp2a' : 'belum-ada-keduanya'];
  }
  return values;
}
