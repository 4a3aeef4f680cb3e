import type { Channel } from '../../schemas/contact';
import type { RegionalService } from '../../schemas/service';

/** What a poster prints of one service: the channels a reader can use (never an unconfirmed one). */
export interface PosterService {
  service: RegionalService;
  channels: Channel[];
}

/**
 * A province's services for its poster, the province's own first, then each regency's in Kemendagri order:
 * those with a channel a person can use now, and the rest by name only. A number no one has confirmed in years
 * is not printed (a poster stays on a wall for years); 112 is said in the emergency part instead.
 */
export function posterServices(services: readonly RegionalService[]): { listed: PosterService[]; named: RegionalService[]; with112: RegionalService[] } {
  const ordered = [...services].sort((a, b) => a.region.length - b.region.length || a.region.localeCompare(b.region));
  const listed: PosterService[] = [];
  const named: RegionalService[] = [];
  for (const service of ordered) {
    if (service.kind === 'darurat-112') continue;
    const channels = service.channels.filter((c) => !c.unconfirmed);
    if (channels.length > 0) listed.push({ service, channels });
    else named.push(service);
  }
  return { listed, named, with112: ordered.filter((s) => s.kind === 'darurat-112') };
}
