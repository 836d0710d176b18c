import type { ValidationResult } from '../types.js';

export const OK = 0;
export const FINDINGS = 1;
export const USAGE = 2;

/** 1 when there are errors, or more warnings than allowed; else 0. */
export function exitCode(summary: ValidationResult['summary'], maxWarnings?: number): number {
  if (summary.errors > 0) return FINDINGS;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return FINDINGS;
  return OK;
}
