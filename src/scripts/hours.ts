// "Buka sekarang" / "tutup — hubungi …" beside each channel whose hours a source gives, on the reader's own
// clock, refreshed every minute. The hours themselves are in the page as text; this only adds the status.
import type { Schedule } from '../schemas/hours';
import { hoursStatus } from '../lib/hours/open-now';
import { statusText } from '../lib/hours/hours-text';
import { zoneOfOffset } from '../lib/hours/zones';

const alternatives = document.querySelector<HTMLTemplateElement>('#jam-24');

function show(): void {
  const now = Date.now();
  const zone = zoneOfOffset(-new Date(now).getTimezoneOffset());
  for (const slot of document.querySelectorAll<HTMLElement>('[data-jam]')) {
    let schedule: Schedule;
    try {
      schedule = JSON.parse(slot.dataset.jam!);
    } catch {
      continue;
    }
    const status = hoursStatus(schedule, now);
    const line = document.createElement('strong');
    line.textContent = statusText(status, schedule, now, zone);
    slot.replaceChildren(' ', line);
    if (!status.open && alternatives) slot.append(' ', alternatives.content.cloneNode(true));
  }
}

show();
setInterval(show, 60_000);
