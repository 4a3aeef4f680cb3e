import { contentTable } from '../../../schemas/collections';
import type { Flow } from '../../../schemas/flow';
import { flowProblems } from '../../flows/check-flow';
import { checkList } from './check-list';
import type { Checked, ParsedFile } from './corpus-files';

/** flows.yaml: each flow against its schema, then what no schema sees (src/lib/flows/check-flow.ts). */
export function checkFlows(file: ParsedFile): Checked<Flow[]> {
  const errors: Checked<Flow[]>['errors'] = [];
  const flows = checkList(file, contentTable.flows.schema, errors);
  for (const [id, parsed] of flows) {
    errors.push(...flowProblems(parsed).map((p) => ({ file: file.file, field: `${id}.${p.field}`, reason: p.reason })));
  }
  return { errors, parsed: [...flows.values()] };
}
