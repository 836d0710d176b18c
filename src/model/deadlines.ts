/**
 * Notification deadlines: a playbook's clocks resolved against the obligations catalogue, and as absolute times
 * from T0 (the moment of awareness). One module for `krisplan deadlines`, the handbook, incidents and exercises.
 *
 * Time zones, daylight-saving changes and calendar months come from Luxon (a maintained library over the IANA
 * database that Node's Intl already ships), not hand arithmetic: "72 hours" is 72 elapsed hours even across a DST
 * change, while "1 month" and "14 days" are calendar steps in the plan's zone (2027-01-31 + 1 month = 2027-02-28).
 *
 * API (resolveClocks, what each clock is without times, is in clocks.ts and needs no Luxon):
 *   computeDeadlines(plan, playbookId, options)      → DeadlineSet      (absolute due times in UTC and the plan's zone)
 *   parseDateTime(text, zone)                        → DateTime         (throws KrisplanError on a bad value)
 * computeDeadlines throws KrisplanError for an unknown playbook, a bad date-time, or `sent` naming a clock the
 * playbook lacks; the CLI turns those into exit 2.
 */
import { DateTime } from 'luxon';
import { KrisplanError } from '../errors.js';
import { parseDuration } from './dates.js';
import { authorityFor, jurisdictionOf, loadObligations, planZone, type Catalogue, type Lang, type StartEvent } from './obligations.js';
import { resolveClocks, type ResolvedClock } from './clocks.js';
import type { Plan } from './plan.js';

export interface NotifyView {
  /** a plan contact id, or the catalogue authority's id when the plan names none */
  id: string;
  name: string;
  phone?: string;
  email?: string;
  url?: string;
  /** true when taken from the catalogue (the plan has no contact for it) */
  fromCatalogue: boolean;
}

export interface Deadline {
  id: string;
  obligation?: string;
  title: string;
  /** ISO 8601 UTC without fractional seconds; null for "without undue delay" or an unknown start event */
  due: string | null;
  /** the same instant in the plan's zone, ISO 8601 with offset */
  dueLocal: string | null;
  within: string | null;
  from: StartEvent;
  /** the clock this one runs after */
  after?: string;
  /** how a chained due time was found: from the predecessor's real sending (`sent`), or its own deadline (`deadline`) */
  afterBasis?: 'sent' | 'deadline';
  /** the second limit's instant (DORA: 24 hours after awareness), when there is one */
  notLaterThan?: string;
  /** when the start event is not known yet: the event that is missing */
  waitingFor?: StartEvent;
  notify?: NotifyView;
  /** who receives it by the catalogue: an authority kind or a party (data-subjects, service-recipients, controller …) */
  recipient?: string;
  basis?: string;
  statutory: boolean;
  condition?: string;
  note?: string;
  /** when this report was really sent, if given */
  sent?: string;
}

export interface DeadlineSet {
  /** T0 in UTC, ISO 8601 without fractional seconds */
  t0: string;
  zone: string;
  playbook: string;
  /** sorted by due (nulls first), statutory before internal at the same time, then plan order */
  deadlines: Deadline[];
}

export interface DeadlineOptions {
  /** awareness: ISO 8601 (an offset is best; without one the plan's zone is meant) or a DateTime */
  t0: string | DateTime;
  /** other start events: classification, fix-available, activation */
  events?: Partial<Record<'classification' | 'fix-available' | 'activation', string | DateTime>>;
  /** when reports were really sent, by clock id */
  sent?: Record<string, string | DateTime>;
  lang?: Lang;
  catalogue?: Catalogue;
}

/** An ISO 8601 date-time; without an offset it is read in `zone`. */
export function parseDateTime(text: string, zone: string, what = 'date-time'): DateTime {
  const value = DateTime.fromISO(text.trim(), { zone, setZone: true });
  if (!value.isValid || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text.trim())) {
    throw new KrisplanError(`${what} "${text}" is not an ISO 8601 date-time such as 2026-12-04T16:00:00+01:00`);
  }
  return value;
}

function asDateTime(value: string | DateTime, zone: string, what: string): DateTime {
  return typeof value === 'string' ? parseDateTime(value, zone, what) : value;
}

/** UTC, ISO 8601 without fractional seconds. */
export function utcText(value: DateTime): string {
  return value.toUTC().toISO({ suppressMilliseconds: true })!.replace(/\.\d+Z$/, 'Z');
}

function localText(value: DateTime, zone: string): string {
  return value.setZone(zone).toISO({ suppressMilliseconds: true })!;
}

function plus(start: DateTime, within: string, zone: string): DateTime | undefined {
  const duration = parseDuration(within);
  if (!duration) return undefined;
  return start.setZone(zone).plus({ years: duration.years, months: duration.months, days: duration.days }).plus({ minutes: duration.minutes });
}

function notifyView(plan: Plan, clock: ResolvedClock, lang: Lang, catalogue: Catalogue): NotifyView | undefined {
  if (clock.notify !== undefined) {
    const contact = plan.contacts.find((c) => c.id === clock.notify);
    if (!contact) return { id: clock.notify, name: clock.notify, fromCatalogue: false };
    return { id: clock.notify, name: contact.name ?? clock.notify, phone: contact.phone, email: contact.email, url: contact.url, fromCatalogue: false };
  }
  if (!clock.obligation) return undefined;
  const authority = authorityFor(clock.obligation, jurisdictionOf(plan), catalogue);
  if (!authority) return undefined;
  return { id: authority.id, name: authority.name[lang], phone: authority.phone, email: authority.email, url: authority.url, fromCatalogue: true };
}

/** Every clock of a playbook as an absolute deadline from T0. */
export function computeDeadlines(plan: Plan, playbookId: string, options: DeadlineOptions): DeadlineSet {
  const catalogue = options.catalogue ?? loadObligations();
  const lang = options.lang ?? plan.plan.language ?? 'en';
  const zone = planZone(plan, catalogue);
  if (!DateTime.now().setZone(zone).isValid) throw new KrisplanError(`plan.timezone "${zone}" is not an IANA time zone such as Europe/Stockholm`);
  const playbook = plan.playbooks.find((p) => p.id === playbookId);
  if (!playbook) {
    const known = plan.playbooks.map((p) => p.id).filter((id): id is string => id !== undefined);
    throw new KrisplanError(`no playbook "${playbookId}" in the plan; playbooks: ${known.length > 0 ? known.join(', ') : '(none)'}`);
  }
  const t0 = asDateTime(options.t0, zone, '--t0');
  const events: Partial<Record<StartEvent, DateTime>> = { awareness: t0 };
  for (const [name, value] of Object.entries(options.events ?? {})) {
    if (value !== undefined) events[name as StartEvent] = asDateTime(value, zone, `--event ${name}`);
  }
  events.activation ??= t0;
  const clocks = resolveClocks(plan, playbook, lang, catalogue);
  const sent = new Map<string, DateTime>();
  for (const [id, value] of Object.entries(options.sent ?? {})) {
    if (!clocks.some((clock) => clock.id === id)) {
      throw new KrisplanError(`--sent ${id}: playbook "${playbookId}" has no clock "${id}"; its clocks: ${clocks.map((c) => c.id).join(', ') || '(none)'}`);
    }
    sent.set(id, asDateTime(value, zone, `--sent ${id}`));
  }

  const due = new Map<string, { at?: DateTime; deadline: Deadline }>();
  const visiting = new Set<string>();
  const compute = (clock: ResolvedClock): { at?: DateTime; deadline: Deadline } => {
    const known = due.get(clock.id);
    if (known) return known;
    visiting.add(clock.id);
    const deadline: Deadline = {
      id: clock.id,
      ...(clock.obligation ? { obligation: clock.obligation.id } : {}),
      title: clock.title,
      due: null,
      dueLocal: null,
      within: clock.within ?? null,
      from: clock.from,
      ...(clock.after !== undefined ? { after: clock.after } : {}),
      notify: notifyView(plan, clock, lang, catalogue),
      ...(clock.obligation ? { recipient: clock.obligation.recipient } : {}),
      basis: clock.basis,
      statutory: clock.statutory,
      ...(clock.condition ? { condition: clock.condition } : {}),
      ...(clock.note ? { note: clock.note } : {}),
    };
    const wasSent = sent.get(clock.id);
    if (wasSent) deadline.sent = utcText(wasSent);
    let start: DateTime | undefined;
    if (clock.from === 'after') {
      const predecessor = clocks.find((other) => other.id === clock.after);
      const reallySent = clock.after === undefined ? undefined : sent.get(clock.after);
      if (reallySent) {
        start = reallySent;
        deadline.afterBasis = 'sent';
      } else if (predecessor && !visiting.has(predecessor.id)) {
        start = compute(predecessor).at;
        if (start) deadline.afterBasis = 'deadline';
      }
    } else {
      start = events[clock.from];
      if (!start) deadline.waitingFor = clock.from;
    }
    let at = start && clock.within ? plus(start, clock.within, zone) : undefined;
    if (clock.notLaterThan) {
      const cap = plus(t0, clock.notLaterThan, zone);
      if (cap) {
        deadline.notLaterThan = utcText(cap);
        // the cap binds while the start event falls before it (DORA: classified as major within 24 hours)
        if (at && start && start <= cap && cap < at) at = cap;
      }
    }
    if (at) {
      deadline.due = utcText(at);
      deadline.dueLocal = localText(at, zone);
    }
    visiting.delete(clock.id);
    const entry = { at, deadline };
    due.set(clock.id, entry);
    return entry;
  };
  const deadlines = clocks.map((clock) => compute(clock).deadline);
  const order = new Map(clocks.map((clock, i) => [clock.id, i]));
  deadlines.sort((a, b) => {
    if (a.due === null || b.due === null) {
      if (a.due !== b.due) return a.due === null ? -1 : 1;
    } else if (a.due !== b.due) return a.due < b.due ? -1 : 1;
    if (a.statutory !== b.statutory) return a.statutory ? -1 : 1;
    return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  });
  return { t0: utcText(t0), zone, playbook: playbookId, deadlines };
}
