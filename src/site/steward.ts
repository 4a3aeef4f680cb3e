import type { Steward } from '../lib/contacts/steward';

/**
 * The directory's data steward, from the build's environment (inlined by Vite into pages and tools alike);
 * undefined when none is configured. The build checks the configuration first (readSteward, in
 * src/integrations/content-guard.ts), so only the values travel to the browser, not the checks.
 */
const env = import.meta.env;
export const steward: Steward | undefined = env.PUBLIC_DATA_STEWARD_EMAIL
  ? {
      name: env.PUBLIC_DATA_STEWARD_NAME ?? '',
      email: env.PUBLIC_DATA_STEWARD_EMAIL,
      ...(env.PUBLIC_DATA_STEWARD_WHATSAPP ? { whatsapp: env.PUBLIC_DATA_STEWARD_WHATSAPP } : {}),
    }
  : undefined;
