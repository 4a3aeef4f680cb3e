// History page: answers "which version applied on this day?" for ?tanggal=YYYY-MM-DD, so the answer has an
// address a staff member can put in a letter. Without JavaScript the table of periods gives the same answer.
// The words come from src/lib/documents/point-in-time.ts, as of the reader's own day.
import { parseDay, type DatedVersion } from '../lib/documents/in-force';
import { pointInTimeAnswer } from '../lib/documents/point-in-time';

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
  if (!day) {
    say(`“${asked.slice(0, 40)}” bukan tanggal yang dikenali. Tulis tanggal dengan format TTTT-BB-HH, misalnya 2024-05-01, atau pilih dari kalender.`);
  } else {
    input.value = day;
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const link = (label: string) => {
      const v = versions.find((x) => x.version === label)!;
      return Object.assign(document.createElement('a'), { href: v.href, textContent: `versi ${label}` });
    };
    for (const sentence of pointInTimeAnswer(versions, day, today)) say(...sentence.map((part) => (typeof part === 'string' ? part : link(part.version))));
  }
  result.hidden = false;
}
