/**
 * A person's answers to the routing questions, by question id: always a list of option ids, one for a
 * single-choice question. The place question holds the province code and, when known, the regency code
 * (["32", "32.75"]), or ["tidak-tahu"]. The same shape in both tools, so the same answers give the same path.
 */
export type Answers = Readonly<Record<string, readonly string[]>>;

/** The answer to the place question when the person does not know, or the place is outside Indonesia. */
export const UNKNOWN_PLACE = 'tidak-tahu';
