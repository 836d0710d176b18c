import { terminal } from '../util/controls.js';
import { resolve } from 'node:path';
import { buildCalendar } from '../due/ics.js';
import { dueItems } from '../due/items.js';
import { openPlans } from '../engine/open.js';
import { writeFileAtomic } from '../util/write.js';
import { printNotices, printRefused, type CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';
import { version } from './version.js';

interface CalendarOptions extends CommonOptions {
  out?: string;
}

const DAY_MS = 86_400_000;

export async function runCalendar(paths: string[], options: CalendarOptions): Promise<number> {
  const { today, isTodayFixed, config, ready, refused, discovery } = await openPlans(paths, options, 'refuse');
  printNotices(discovery?.notices ?? []);
  if (refused.length > 0) {
    printRefused(refused);
    // a calendar without a broken plan's events would delete them from every subscriber's calendar
    process.stderr.write(`krisplan: no calendar written, because ${refused.length === 1 ? 'a plan has' : `${refused.length} plans have`} errors\n`);
    return FINDINGS;
  }
  const plans = ready.map(({ file, plan, data }) => ({
    file,
    title: plan.plan.title,
    lang: plan.plan.language ?? 'en',
    items: dueItems(file, plan, data, config).sort((a, b) => a.due - b.due),
  }));
  const stamp = isTodayFixed ? new Date(today * DAY_MS) : new Date();
  const calendar = buildCalendar(plans, { stamp, version });
  if (options.out === undefined) {
    process.stdout.write(calendar);
    return OK;
  }
  writeFileAtomic(resolve(options.out), calendar);
  const events = plans.reduce((sum, plan) => sum + plan.items.length, 0);
  process.stdout.write(terminal`wrote ${options.out} (${events} ${events === 1 ? 'event' : 'events'} from ${plans.length} ${plans.length === 1 ? 'plan' : 'plans'})\n`);
  return OK;
}
