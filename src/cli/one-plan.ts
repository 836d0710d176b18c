import { KrisplanError } from '../errors.js';
import { openPlans, type ReadyPlan, type Run } from '../engine/open.js';
import { printNotices, printRefused, type CommonOptions } from './common.js';

/**
 * The one plan a command works on: the one named, else the only one found (more is a usage error). A plan with
 * errors is refused: its findings go to stderr and the result is undefined (exit 1).
 */
export async function oneReadyPlan(plan: string | undefined, options: CommonOptions, command: string, run?: Run): Promise<Run & { ready?: ReadyPlan }> {
  const opened = await openPlans(plan === undefined ? [] : [plan], options, 'skip', run);
  printNotices(opened.discovery?.notices ?? []);
  expectOne(opened.files, command);
  printRefused(opened.refused);
  const { today, isTodayFixed, config } = opened;
  return { ready: opened.refused.length > 0 ? undefined : opened.ready[0], today, isTodayFixed, config };
}

/** For commands that work on one plan: more than one found is a usage error that lists them. */
function expectOne(files: readonly string[], command: string): void {
  if (files.length <= 1) return;
  const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? `, … (${files.length - 10} more)` : '');
  throw new KrisplanError(`${command} works on one plan, but ${files.length} were found: ${shown}; name the plan file`);
}
