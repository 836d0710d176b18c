/** Writes `count` generated plans of `kind` into `directory`; returns each plan's line count. */
export function generatePlans(directory: string, count?: number, seed?: number, kind?: 'clean' | 'warning' | 'errors' | 'sizes'): number[];
export const KINDS: readonly ['clean', 'warning', 'errors', 'sizes'];
