import { DateTime } from 'luxon';
import { formatDeadlines, type DeadlineFormat } from '../deadlines/format.js';
import { openPlans } from '../engine/open.js';
import { KrisplanError } from '../errors.js';
import { computeDeadlines } from '../model/deadlines.js';
import { printRefused, type CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';

interface DeadlinesOptions extends CommonOptions {
  plan?: string;
  t0?: string;
  event: string[];
  sent: string[];
  format: DeadlineFormat;
}

const EVENTS = ['classification', 'fix-available', 'activation'] as const;

/** `NAME=DATETIME` pairs from a repeated option. */
function pairs(values: readonly string[], option: string): [string, string][] {
  return values.map((value) => {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) throw new KrisplanError(`${option} "${value}" is not NAME=DATETIME, e.g. ${option} ${option === '--event' ? 'classification' : 'nis2-notification'}=2026-12-05T09:00:00+01:00`);
    return [value.slice(0, at), value.slice(at + 1)];
  });
}

export async function runDeadlines(playbook: string, options: DeadlinesOptions): Promise<number> {
  const { ready, refused, files } = await openPlans(options.plan === undefined ? [] : [options.plan], options, 'skip');
  if (files.length > 1) {
    const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? `, … (${files.length - 10} more)` : '');
    throw new KrisplanError(`deadlines works on one plan, but ${files.length} were found: ${shown}; name it with --plan FILE`);
  }
  if (refused.length > 0) {
    printRefused(refused);
    return FINDINGS;
  }
  const one = ready[0];
  if (!one) throw new KrisplanError('no plan found; name it with --plan FILE');
  const events: Partial<Record<(typeof EVENTS)[number], string>> = {};
  for (const [name, value] of pairs(options.event, '--event')) {
    if (!(EVENTS as readonly string[]).includes(name)) throw new KrisplanError(`--event ${name}: unknown start event; use ${EVENTS.join(', ')}`);
    events[name as (typeof EVENTS)[number]] = value;
  }
  const sent = Object.fromEntries(pairs(options.sent, '--sent'));
  const lang = one.plan.plan.language ?? 'en';
  const set = computeDeadlines(one.plan, playbook, { t0: options.t0 ?? DateTime.now().toUTC().startOf('second'), events, sent, lang });
  process.stdout.write(formatDeadlines(set, options.format, { title: one.plan.plan.title ?? one.file, lang, plan: one.file }));
  return OK;
}
