// A channel's hours under its number: as text for everyone (and on paper), and "buka sekarang" / "tutup —
// hubungi …" on the reader's clock. On a static page the status is filled in by src/scripts/hours.ts from
// the data-jam attribute; inside a tool (rendered in the browser) it is worked out here, in the zone the tool
// gives (the finder: the chosen province's).
import { useContext } from 'preact/hooks';
import type { Channel } from '../../schemas/contact';
import type { Schedule } from '../../schemas/hours';
import { formatDate } from '../../lib/format-date';
import { statusAt, zoneOfOffset } from '../../lib/hours/open-now';
import { weekSpans } from '../../lib/hours/week-spans';
import { scheduleText } from '../../lib/hours/schedule-text';
import { statusText } from '../../lib/hours/status-text';
import { HoursClock } from './hours-view';

/** Channels a person calls, writes to or visits: where not knowing the hours is worth saying. */
const answered = new Set<Channel['kind']>(['telepon', 'whatsapp', 'sms', 'alamat']);

export function ChannelHours({ channel }: { channel: Channel }) {
  const hours = channel.hours;
  if (!hours) return answered.has(channel.kind) ? <span class="hours">Jam layanan tidak diketahui.</span> : null;
  const schedule: Schedule = { always: hours.always, periods: hours.periods, ...(hours.zone ? { zone: hours.zone } : {}) };
  const said = hours.source ? `${hours.source.title}, terbit ${formatDate(hours.sourceDate!)}` : `sumber terbit ${formatDate(channel.sourceDate)}`;
  return (
    <span class="hours">
      Jam layanan: {scheduleText(schedule)} (menurut {said}).
      {schedule.zone && !schedule.always && (typeof window === 'undefined' ? <span class="hours-now no-print" data-jam={JSON.stringify({ z: schedule.zone, s: weekSpans(schedule) })} /> : <Now schedule={schedule} />)}
    </span>
  );
}

function Now({ schedule }: { schedule: Schedule }) {
  const view = useContext(HoursClock);
  const now = Date.now();
  const status = statusAt(weekSpans(schedule), now);
  const zone = view?.zone ?? zoneOfOffset(-new Date(now).getTimezoneOffset());
  const others = status.open ? [] : (view?.alternatives ?? []);
  return (
    <span class="hours-now no-print">
      {' '}
      <strong>{statusText(status, schedule.zone!, now, zone)}</strong>
      {others.length > 0 && (
        <>
          {' '}Yang menjawab 24 jam:{' '}
          {others.map((line, i) => (
            <>
              {i > 0 && ', '}
              <a href={line.href}>{line.name}</a>
            </>
          ))}
          .
        </>
      )}
    </span>
  );
}
