import { addDuration } from '../model/dates.js';
import { formatJson, formatMarkdown, formatTable } from '../due/format.js';
import { dueBy, dueItems } from '../due/items.js';
import { openPlans } from '../engine/open.js';
import { parseWithin } from '../due/within.js';
import { KrisplanError } from '../errors.js';
import { printNotices, printRefused, useColor, type CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';

interface DueOptions extends CommonOptions {
  within: string;
  format: 'table' | 'json' | 'md';
}

/** Exit 0 even when items are due (a reminder is not a failure); 1 only when a plan has errors. */
export async function runDue(paths: string[], options: DueOptions): Promise<number> {
  const within = parseWithin(options.within);
  if (within === undefined) throw new KrisplanError(`--within must be a number of days, weeks, months or years such as 30d, 2w, 3mo, "3 months" or P30D, not "${options.within}"`);
  const { today, config, ready, refused, discovery } = await openPlans(paths, options, 'skip');
  printNotices(discovery?.notices ?? []);
  printRefused(refused);
  const until = addDuration(today, within);
  const items = dueBy(ready.flatMap(({ file, plan, data }) => dueItems(file, plan, data, config)), until);
  const report = { today, until, within: options.within, files: ready.map((plan) => plan.file), items };
  if (options.format === 'json') process.stdout.write(formatJson(report));
  else if (options.format === 'md') process.stdout.write(formatMarkdown(report));
  else process.stdout.write(formatTable(report, useColor(process.stdout)));
  return refused.length > 0 ? FINDINGS : OK;
}
