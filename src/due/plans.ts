import { KrisplanError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import type { Finding } from '../types.js';
import { loadPlans, type ValidateOptions } from '../engine/validate.js';

export interface ReadyPlan {
  file: string;
  plan: Plan;
  data: unknown;
}

/** A plan with errors: nothing is produced from it, and these lines say why (for stderr). */
export interface RefusedPlan {
  file: string;
  lines: string[];
}

/**
 * Loads the plans and sorts them into those without errors, which may be exported, and those with errors, which
 * are not: an export must not publish or schedule from a plan that a validation would fail.
 */
export async function readyPlans(paths: readonly string[], options: ValidateOptions): Promise<{ ready: ReadyPlan[]; refused: RefusedPlan[] }> {
  const ready: ReadyPlan[] = [];
  const refused: RefusedPlan[] = [];
  for await (const loaded of loadPlans(paths, options)) {
    const errors = loaded.findings.filter((finding) => finding.severity === 'error').length;
    if (errors === 0 && loaded.plan) {
      ready.push({ file: loaded.file, plan: loaded.plan, data: loaded.data });
      continue;
    }
    const summary = `krisplan: ${loaded.file} has ${errors} ${errors === 1 ? 'error' : 'errors'}; fix ${errors === 1 ? 'it' : 'them'} first (krisplan validate ${loaded.file})`;
    refused.push({ file: loaded.file, lines: [...loaded.findings.map((finding) => formatFinding(loaded.file, finding)), summary] });
  }
  return { ready, refused };
}

/** For commands that work on one plan: more than one found is a usage error that lists them. */
export function expectOne(files: readonly string[], command: string): void {
  if (files.length <= 1) return;
  const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? `, … (${files.length - 10} more)` : '');
  throw new KrisplanError(`${command} works on one plan, but ${files.length} were found: ${shown}; name the plan file`);
}

export function formatFinding(file: string, finding: Finding): string {
  return `${file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} ${finding.rule}`;
}

/** Whether "today" was given (`--today` or KRISPLAN_TODAY): then outputs carry no clock time and are reproducible. */
export function isTodayFixed(flag: string | undefined, env = process.env): boolean {
  return flag !== undefined || (env.KRISPLAN_TODAY ?? '') !== '';
}
