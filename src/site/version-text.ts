import { handOut } from '../lib/hand-out';

/** Each version's rendered text, keyed by its collection id: made once, handed to each output that shows it. */
export const versionTexts = handOut<Promise<string>>();
