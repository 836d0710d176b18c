import { join } from 'node:path';
import { KrisplanError } from '../errors.js';
import { formatDate } from '../model/dates.js';
import { scenarioIds, updateTime } from '../site/content.js';
import { newGeneration, siteFiles, type SiteFile } from '../site/build.js';
import { checkSite } from '../site/check.js';
import { publishSite } from '../site/publish.js';
import { showLine, terminal } from '../util/controls.js';
import type { CommonOptions } from './common.js';
import { oneReadyPlan } from './one-plan.js';
import { FINDINGS, OK } from './exit-codes.js';

interface SiteOptions extends CommonOptions {
  out: string;
  scenario?: string;
  force?: boolean;
  check?: boolean;
  wait?: number;
}

const DEFAULT_WAIT_SECONDS = 60;

const SIZE_LIMIT = 50 * 1024;

export async function runSite(plan: string | undefined, options: SiteOptions): Promise<number> {
  if (options.check) return checkSet(plan, options);
  const { ready, today, isTodayFixed } = await oneReadyPlan(plan, options, 'site');
  if (!ready) return FINDINGS;
  const { file, plan: loaded } = ready;
  const scenarios = scenarioIds(loaded);
  if (options.scenario !== undefined && !scenarios.includes(options.scenario)) {
    const valid = scenarios.length > 0 ? `choose one of: ${scenarios.join(', ')}` : 'the plan has no messages in preparedness.crisis_site.messages';
    const exists = loaded.playbooks.some((playbook) => playbook.id === options.scenario);
    throw new KrisplanError(exists
      ? `playbook "${options.scenario}" has no pre-approved message in preparedness.crisis_site.messages of ${file}; add one, or ${valid}`
      : `no playbook "${options.scenario}" in ${file}; ${valid}`);
  }
  const updated = updateTime(isTodayFixed ? formatDate(today) : undefined, loaded.plan.language ?? 'en');
  const generation = newGeneration();
  // a switch to one scenario keeps the scenario pages an earlier run wrote, in the same generation as the rest
  const { files, removed } = await publishSite(options.out, {
    force: options.force === true,
    waitMs: waitMs(options),
    generation,
    build: (withScenarioPages) => siteFiles(loaded, options.scenario === undefined || withScenarioPages ? scenarios : [], options.scenario, updated, undefined, generation),
  });
  report(files, removed, options, file);
  return OK;
}

function waitMs(options: SiteOptions): number {
  return (options.wait ?? DEFAULT_WAIT_SECONDS) * 1000;
}

/** `site --check`: 0 for one complete set, 1 (saying which files and why) for a mixed or unfinished one. */
function checkSet(plan: string | undefined, options: SiteOptions): number {
  if (plan !== undefined || options.scenario !== undefined) throw new KrisplanError('site --check reads only the folder: give --out DIR, without a plan or --scenario');
  const result = checkSite(options.out);
  const shown = showLine(options.out);
  if (result.problems.length === 0) {
    process.stdout.write(`✔ ${shown} holds one complete crisis web: ${result.files} files of generation ${result.generation!.id}, written ${result.generation!.time}\n`);
    return OK;
  }
  for (const problem of result.problems) process.stdout.write(`${showLine(join(options.out, problem.file))}: ${showLine(problem.reason)}\n`);
  process.stdout.write(`✖ ${shown} is not one complete set (${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}); do not upload it: run krisplan site again\n`);
  return FINDINGS;
}

function report(files: readonly SiteFile[], removed: readonly string[], options: SiteOptions, plan: string): void {
  for (const target of files) {
    const size = Buffer.byteLength(target.content);
    if (size > SIZE_LIMIT) process.stderr.write(terminal`krisplan: warning: ${join(options.out, target.path)} is ${Math.ceil(size / 1024)} KB, over the 50 KB a crisis page should stay within; shorten the message\n`);
  }
  const scenarioPages = files.filter((target) => target.path.startsWith('scenarios/') && target.path.endsWith('index.html'));
  process.stdout.write(terminal`wrote ${join(options.out, 'index.html')} and status.json (${options.scenario === undefined ? 'neutral message' : `scenario ${options.scenario}`})\n`);
  if (removed.length > 0) process.stdout.write(terminal`removed the pages of ${removed.length} withdrawn ${removed.length === 1 ? 'scenario' : 'scenarios'} (no message in the plan any more): ${removed.map((folder) => `${folder}/`).join(', ')}\n`);
  if (scenarioPages.length > 0) {
    const first = scenarioPages[0]!.path.split('/')[1]!;
    process.stdout.write(terminal`wrote ${scenarioPages.length} scenario ${scenarioPages.length === 1 ? 'page' : 'pages'} in ${join(options.out, 'scenarios')}/: ${scenarioPages.map((target) => target.path.split('/')[1]).join(', ')}\n`);
    process.stdout.write(terminal`to switch, run: krisplan site ${plan} --out ${options.out} --scenario ${first} (or copy ${join(options.out, 'scenarios', first)}/* to ${options.out}/)\n`);
  }
}
