import { channelKindLabels } from '../../schemas/vocabularies';
import { dateLine } from './date-line';

/**
 * The person or team who keeps the directory right: named in the site's configuration (environment variables
 * read at build time, see the README, "Reporting a wrong number"). Without one, no "report" link is shown.
 */
export interface Steward {
  name: string;
  email: string;
  /** A WhatsApp number, written as Indonesians do (08…) or with +62. */
  whatsapp?: string;
}

export const STEWARD_ENV = {
  name: 'PUBLIC_DATA_STEWARD_NAME',
  email: 'PUBLIC_DATA_STEWARD_EMAIL',
  whatsapp: 'PUBLIC_DATA_STEWARD_WHATSAPP',
} as const;

/** The steward from the environment, or what is wrong with the configuration, in Indonesian. */
export function readSteward(env: Readonly<Record<string, string | undefined>>): { steward?: Steward; problems: string[] } {
  const name = env[STEWARD_ENV.name]?.trim();
  const email = env[STEWARD_ENV.email]?.trim();
  const whatsapp = env[STEWARD_ENV.whatsapp]?.trim();
  if (!name && !email && !whatsapp) return { problems: [] };
  const problems: string[] = [];
  if (!name) problems.push(`${STEWARD_ENV.name}: tulis nama pengelola data (orang atau tim) yang menerima laporan`);
  if (!email) problems.push(`${STEWARD_ENV.email}: alamat surel pengelola data wajib diisi; WhatsApp hanya tambahan`);
  else if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) problems.push(`${STEWARD_ENV.email}: bukan alamat surel (tertulis: "${email}")`);
  if (whatsapp && !/^(\+62|62|0)8\d{7,12}$/.test(whatsapp.replace(/[\s-]/g, ''))) {
    problems.push(`${STEWARD_ENV.whatsapp}: tulis nomor WhatsApp seperti 0812-3456-7890 atau +62 812 3456 7890 (tertulis: "${whatsapp}")`);
  }
  if (problems.length > 0) return { problems };
  return { steward: { name: name!, email: email!, ...(whatsapp ? { whatsapp } : {}) }, problems };
}

/** What a report is about: a contact, one of its channels (or the service itself), and the dates the card shows. */
export interface ReportSubject {
  contactId: string;
  contactName: string;
  channel?: { kind: keyof typeof channelKindLabels; value: string };
  sourceDate: string;
  checkedAt?: string | undefined;
}

/**
 * A prefilled e-mail (and WhatsApp message, where the steward has one) about a wrong number: the contact's id
 * and name, the channel and the dates shown, and a reminder to write nothing about a child or a case. Nothing
 * is sent by the site: the reader's own mail or WhatsApp opens, and they send it or not.
 */
export function reportLinks(steward: Steward, subject: ReportSubject): { email: string; whatsapp?: string } {
  const what = subject.channel ? `${channelKindLabels[subject.channel.kind]} ${subject.channel.value}` : 'keberadaan layanan ini';
  const title = `Kontak salah: ${subject.contactName} — ${what}`;
  const body = [
    `Kontak: ${subject.contactName} (id: ${subject.contactId})`,
    `Kanal: ${what}`,
    `Tanggal yang tertera: ${dateLine(subject)}`,
    '',
    'Yang salah:',
    '',
    'Mohon jangan menulis nama anak atau rincian kasus di pesan ini.',
  ].join('\n');
  const email = `mailto:${steward.email}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  if (!steward.whatsapp) return { email };
  const number = steward.whatsapp.replace(/[^\d]/g, '').replace(/^0/, '62');
  return { email, whatsapp: `https://wa.me/${number}?text=${encodeURIComponent(`${title}\n\n${body}`)}` };
}
