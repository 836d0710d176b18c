import { expectOne, readyPlans, type ReadyPlan } from '../due/plans.js';
import { loadCommonConfig, planPaths, resolveToday, type CommonOptions } from './common.js';

/**
 * The one plan a command works on: the one named, else the only one found (more is a usage error). A plan with
 * errors is refused: its findings go to stderr and the result is undefined (exit 1).
 */
export async function oneReadyPlan(plan: string | undefined, options: CommonOptions, command: string): Promise<ReadyPlan | undefined> {
  const today = resolveToday(options.today);
  const config = loadCommonConfig(options);
  const { ready, refused } = await readyPlans(planPaths(plan === undefined ? [] : [plan], config), { config, today });
  expectOne([...ready, ...refused].map((file) => file.file), command);
  if (refused.length > 0) {
    process.stderr.write(`${refused[0]!.lines.join('\n')}\n`);
    return undefined;
  }
  return ready[0];
}
