// History page: answers "which version applied on this day?" for ?tanggal=YYYY-MM-DD, so the answer has an
// address a staff member can put in a letter. Without JavaScript the table of periods gives the same answer.
import { parseDay, versionOn, type DatedVersion } from '../lib/documents/in-force';
import { formatDate } from '../lib/format-date';

type Version = DatedVersion & { href: string };

const data = document.getElementById('data-versi');
const result = document.getElementById('hasil-tanggal');
const input = document.querySelector<HTMLInputElement>('#tanggal');
const asked = new URLSearchParams(location.search).get('tanggal');

if (data && result && input && asked !== null) {
  const versions = JSON.parse(data.textContent ?? '[]') as Version[];
  const day = parseDay(asked);
  result.replaceChildren();
  const say = (...parts: (string | Node)[]) => {
    const p = document.createElement('p');
    p.append(...parts);
    result.append(p);
  };
  const link = (v: Version) => Object.assign(document.createElement('a'), { href: v.href, textContent: `versi ${v.version}` });
  if (!day) {
    say(`“${asked.slice(0, 40)}” bukan tanggal yang dikenali. Tulis tanggal dengan format TTTT-BB-HH, misalnya 2024-05-01, atau pilih dari kalender.`);
  } else {
    input.value = day;
    const { inForce, newestDraft } = versionOn(versions, day);
    if (inForce) {
      const until = inForce.until ? ` sampai sebelum ${formatDate(inForce.until)}` : ' dan masih berlaku';
      say(`Pada ${formatDate(day)} yang berlaku adalah `, link(inForce.version), ` (berlaku sejak ${formatDate(inForce.from)}${until}).`);
    } else {
      say(`Pada ${formatDate(day)} belum ada versi yang berlaku.`);
    }
    if (newestDraft && (!inForce || newestDraft.date > inForce.from)) {
      say(`Draf terbaru pada tanggal itu: `, link(newestDraft), ` (tertanggal ${formatDate(newestDraft.date)}).`);
    }
    if (!inForce && !newestDraft) say('Pada tanggal itu dokumen ini belum ada.');
  }
  result.hidden = false;
}
