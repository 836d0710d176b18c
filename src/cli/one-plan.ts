import { KrisplanError } from '../errors.js';
import { openPlans, type ReadyPlan } from '../engine/open.js';
import type { Config } from '../config/types.js';
import { printRefused, type CommonOptions } from './common.js';

/**
 * The one plan a command works on: the one named, else the only one found (more is a usage error). A plan with
 * errors is refused: its findings go to stderr and the result is undefined (exit 1).
 */
export async function oneReadyPlan(plan: string | undefined, options: CommonOptions, command: string): Promise<{ ready?: ReadyPlan; today: number; isTodayFixed: boolean; config: Config }> {
  const opened = await openPlans(plan === undefined ? [] : [plan], options, 'skip');
  expectOne(opened.files, command);
  printRefused(opened.refused);
  return { ready: opened.refused.length > 0 ? undefined : opened.ready[0], today: opened.today, isTodayFixed: opened.isTodayFixed, config: opened.config };
}

/** For commands that work on one plan: more than one found is a usage error that lists them. */
function expectOne(files: readonly string[], command: string): void {
  if (files.length <= 1) return;
  const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? `, … (${files.length - 10} more)` : '');
  throw new KrisplanError(`${command} works on one plan, but ${files.length} were found: ${shown}; name the plan file`);
}
