import { formatDate } from '../format-date';
import { versionOn, type DatedVersion } from './in-force';

/** A sentence of the answer: words, and the versions it names (shown as links). */
export type Sentence = (string | { version: string })[];

/**
 * The answer to "which version applied on this day?", in sentences, as of `today` (YYYY-MM-DD, the reader's
 * own day): a day still ahead is answered from the effective dates already set and said to be ahead; a
 * document whose versions have no effective date says so plainly, as does a period whose end is not recorded.
 *
 * @example pointInTimeAnswer(versions, '2027-02-01', '2026-12-01')[0] // ['Tanggal itu belum tiba. …']
 */
export function pointInTimeAnswer(versions: readonly DatedVersion[], day: string, today: string): Sentence[] {
  const { inForce, newestDraft, future, noDates } = versionOn(versions, day, today);
  const on = formatDate(day);
  const out: Sentence[] = [];
  if (future) out.push([`Tanggal itu belum tiba (hari ini ${formatDate(today)}). Jawaban ini menurut tanggal berlaku yang sudah ditetapkan, dan dapat berubah bila ada versi baru.`]);
  if (inForce) {
    const v = { version: inForce.version.version };
    const until = inForce.until
      ? ` sampai sebelum ${formatDate(inForce.until)}`
      : inForce.untilUnknown
        ? `; versi ini kemudian diganti, tetapi tanggal berakhirnya tidak tercatat, jadi pada tanggal itu mungkin sudah tidak berlaku`
        : inForce.from > today
          ? ''
          : ' dan masih berlaku';
    const verb = future || inForce.from > today ? 'akan berlaku' : 'berlaku';
    const start = inForce.from > today ? `mulai berlaku ${formatDate(inForce.from)}` : `berlaku sejak ${formatDate(inForce.from)}`;
    out.push([`Pada ${on} yang ${verb} adalah `, v, ` (${start}${until}).`]);
  } else if (noDates) {
    out.push([`Belum ada versi dokumen ini yang punya tanggal berlaku: semua versinya masih draf, jadi pada ${on} tidak ada versi yang berlaku.`]);
  } else {
    out.push([`Pada ${on} belum ada versi yang berlaku${future ? ' menurut tanggal yang sudah ditetapkan' : ''}.`]);
  }
  if (newestDraft && (!inForce || newestDraft.date > inForce.from)) {
    out.push([`Draf terbaru pada tanggal itu: `, { version: newestDraft.version }, ` (tertanggal ${formatDate(newestDraft.date)}).`]);
  }
  if (!inForce && !newestDraft) out.push(['Pada tanggal itu dokumen ini belum ada.']);
  return out;
}
