import { terminal } from '../util/controls.js';
import { lstatSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KrisplanError } from '../errors.js';
import { formatDate } from '../model/dates.js';
import { scenarioIds, updateTime } from '../site/content.js';
import { siteFiles, type SiteFile } from '../site/build.js';
import { GENERATOR } from '../site/page.js';
import { makeFolder, writeFileAtomic } from '../util/write.js';
import type { CommonOptions } from './common.js';
import { oneReadyPlan } from './one-plan.js';
import { FINDINGS, OK } from './exit-codes.js';

interface SiteOptions extends CommonOptions {
  out: string;
  scenario?: string;
  force?: boolean;
}

const SIZE_LIMIT = 50 * 1024;

export async function runSite(plan: string | undefined, options: SiteOptions): Promise<number> {
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
  const updated = updateTime(isTodayFixed ? formatDate(today) : undefined);
  const files = siteFiles(loaded, scenarios, options.scenario, updated);
  publishSite(files, options.out, options.force === true);
  report(files, options, file);
  return OK;
}

/** Writes the crisis web's files into `out`, refusing (before writing any) a file krisplan did not write unless forced. */
export function publishSite(files: readonly SiteFile[], out: string, force: boolean): void {
  const outDir = resolve(out);
  // check every target before writing any, so a refusal leaves the folder as it was
  if (!force) for (const target of files) refuseForeign(outDir, target, out);
  for (const target of files) {
    const path = join(outDir, ...target.path.split('/'));
    makeFolder(dirname(path), out);
    writeFileAtomic(path, target.content);
  }
}

/** A file that krisplan did not write (someone's own index.html) is replaced only with --force. */
function refuseForeign(outDir: string, target: SiteFile, shown: string): void {
  const path = join(outDir, ...target.path.split('/'));
  let existing: string;
  try {
    if (!lstatSync(path).isFile()) return;
    existing = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const ours = target.path.endsWith('.json') ? existing.includes(`"generator": "${GENERATOR}"`) : existing.includes(`<meta name="generator" content="${GENERATOR}">`);
  if (!ours) throw new KrisplanError(`${join(shown, target.path)} exists and was not written by krisplan site; use --force to replace it, or choose another --out folder`);
}

function report(files: readonly SiteFile[], options: SiteOptions, plan: string): void {
  for (const target of files) {
    const size = Buffer.byteLength(target.content);
    if (size > SIZE_LIMIT) process.stderr.write(terminal`krisplan: warning: ${join(options.out, target.path)} is ${Math.ceil(size / 1024)} KB, over the 50 KB a crisis page should stay within; shorten the message\n`);
  }
  const scenarioPages = files.filter((target) => target.path.startsWith('scenarios/') && target.path.endsWith('index.html'));
  process.stdout.write(terminal`wrote ${join(options.out, 'index.html')} and status.json (${options.scenario === undefined ? 'neutral message' : `scenario ${options.scenario}`})\n`);
  if (scenarioPages.length > 0) {
    const first = scenarioPages[0]!.path.split('/')[1]!;
    process.stdout.write(terminal`wrote ${scenarioPages.length} scenario ${scenarioPages.length === 1 ? 'page' : 'pages'} in ${join(options.out, 'scenarios')}/: ${scenarioPages.map((target) => target.path.split('/')[1]).join(', ')}\n`);
    process.stdout.write(terminal`to switch, run: krisplan site ${plan} --out ${options.out} --scenario ${first} (or copy ${join(options.out, 'scenarios', first)}/* to ${options.out}/)\n`);
  }
}
