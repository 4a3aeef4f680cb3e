// The content check's verdict, shared between the integration that starts the check (content-guard.ts) and the
// content loaders that wait for it (src/content.config.ts). They are loaded separately (Node loads the
// integrations, Vite the content config), so the verdict lives on globalThis, not in this module.

const KEY = Symbol.for('pedoman.content-verdict');
const shared = globalThis as { [KEY]?: Promise<Error | undefined> };

/** Hands over the running check: it resolves with the error that stops the build, or with nothing. It never rejects. */
export function setContentVerdict(verdict: Promise<Error | undefined>): void {
  shared[KEY] = verdict;
}

/** Waits for the content check, when one was started, and throws what stops the build. */
export async function contentChecked(): Promise<void> {
  const failure = await shared[KEY];
  if (failure) throw failure;
}
