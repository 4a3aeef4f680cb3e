import { contentTable } from '../../../schemas/collections';
import type { RoutingModel } from '../../../schemas/routing';
import type { ScreeningFlow } from '../../../schemas/screening';
import { childModeProblems } from '../../routing/check-child';
import { screeningProblems, type ModelRefs, type RoutingProblem } from '../../routing/check-model';
import { issuesToErrors } from '../errors';
import type { Checked, ParsedFile } from './corpus-files';

/** The pre-screening's own file against its schema; undefined when it does not parse. */
export function parseScreening({ file, data }: ParsedFile): Checked<ScreeningFlow | undefined> {
  const flow = contentTable.screening.schema.safeParse(data);
  return flow.success ? { errors: [], parsed: flow.data } : { errors: issuesToErrors(file, data, flow.error.issues), parsed: undefined };
}

/** What the pre-screening and its child mode ask of the routing model they run on (src/lib/routing/check-*.ts). */
export function screeningModelProblems(model: RoutingModel, flow: ScreeningFlow, refs: ModelRefs): RoutingProblem[] {
  return [...screeningProblems(model, flow, refs), ...childModeProblems(model, flow, refs)];
}
