import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { screeningFlow } from '../../../src/schemas/screening';

/** The site's own pre-screening flow, parsed with the same schema the build uses. */
export const flow = screeningFlow.parse(parse(readFileSync(join(import.meta.dirname, '../../../src/content/tools/screening/flow.yaml'), 'utf8')));
