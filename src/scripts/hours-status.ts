// "Buka sekarang" / "tutup — hubungi …" beside each channel whose hours a source gives, on the reader's own
// clock, refreshed every minute. The hours themselves are in the page as text; this only adds the status, from
// the week worked out at build time (data-jam: the service's zone and its spans of the UTC week).
import type { TimeZone } from '../schemas/clock';
import { statusAt, zoneOfOffset, type Span } from '../lib/hours/open-now';
import { statusText } from '../lib/hours/status-text';

const alternatives = document.querySelector<HTMLTemplateElement>('#jam-24');

export function show(): void {
  const now = Date.now();
  const view = zoneOfOffset(-new Date(now).getTimezoneOffset());
  for (const slot of document.querySelectorAll<HTMLElement>('[data-jam]')) {
    try {
      const { z, s } = JSON.parse(slot.dataset.jam!) as { z: TimeZone; s: Span[] };
      const status = statusAt(s, now);
      const line = document.createElement('strong');
      line.textContent = statusText(status, z, now, view);
      slot.replaceChildren(' ', line);
      if (!status.open && alternatives) slot.append(' ', alternatives.content.cloneNode(true));
    } catch {
      // A slot whose data cannot be read keeps the hours as text.
    }
  }
}

/** Shows the status now, then every minute. */
export function start(): void {
  show();
  setInterval(show, 60_000);
}
