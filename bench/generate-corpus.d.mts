// Types for the benchmark's corpus generator, which the page-growth test shares.
export function generateCorpus(dir: string, options?: { documents?: number; versions?: number; clauses?: number }): void;
