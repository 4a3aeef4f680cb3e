import { readSteward } from '../lib/contacts/steward';

/**
 * The directory's data steward, from the build's environment (inlined by Vite into pages and tools alike);
 * undefined when none is configured. A wrong configuration stops the build (src/integrations/content-guard.ts).
 */
export const steward = readSteward({
  PUBLIC_DATA_STEWARD_NAME: import.meta.env.PUBLIC_DATA_STEWARD_NAME,
  PUBLIC_DATA_STEWARD_EMAIL: import.meta.env.PUBLIC_DATA_STEWARD_EMAIL,
  PUBLIC_DATA_STEWARD_WHATSAPP: import.meta.env.PUBLIC_DATA_STEWARD_WHATSAPP,
}).steward;
