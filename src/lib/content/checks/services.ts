import { contentTable } from '../../../schemas/collections';
import type { RegionalService } from '../../../schemas/service';
import { channelItems, dateProblems } from '../../contacts/check-dates';
import { checkList } from './check-list';
import type { Checked, CorpusFiles } from './corpus-files';

/**
 * The regional service directory: each service against its schema, its region code against Kemendagri's
 * (when the codes are given), and the dates of its source and channels.
 */
export function checkServices({ services, regionCodes, today }: Pick<CorpusFiles, 'services' | 'regionCodes' | 'today'>): Checked<RegionalService[]> {
  const errors: Checked<RegionalService[]>['errors'] = [];
  const parsed = [...checkList(services, contentTable.services.schema, errors).values()];
  for (const service of parsed) {
    if (regionCodes && !regionCodes.has(service.region)) {
      errors.push({ file: services.file, field: `${service.id}.region`, reason: `kode wilayah "${service.region}" tidak ada dalam data wilayah Kemendagri (idn-area-data)` });
    }
  }
  for (const s of parsed) {
    const items = [{ field: s.id, item: s }, ...channelItems(s.id, s.channels)];
    errors.push(...dateProblems(items, today).map((p) => ({ file: services.file, ...p })));
  }
  return { errors, parsed };
}
