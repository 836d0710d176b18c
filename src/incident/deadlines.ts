import { computeDeadlines } from '../model/deadlines.js';
import type { Plan } from '../model/plan.js';
import type { IncidentRecord } from './record.js';
import type { IncidentState } from './state.js';

/** One deadline of an incident, as the notification-duties computation gives it. */
export interface IncidentDeadline {
  id: string;
  obligation?: string;
  title: string;
  /** ISO 8601 UTC; null when its start event has not happened or the duty has no number */
  due: string | null;
  statutory: boolean;
  notify?: { id: string; name: string; phone?: string; email?: string; url?: string };
  basis?: string;
  after?: string;
  waitingFor?: string;
}

/**
 * The deadlines of the incident's playbook, from the shared computation (src/model/deadlines.ts, as `krisplan
 * deadlines`): T0 is awareness, the start events are the incident's `event` entries and its activation, and the
 * reports already sent move the clocks chained after them (as `deadlines --sent`).
 */
export function incidentDeadlines(plan: Plan, record: IncidentRecord, state: IncidentState): IncidentDeadline[] {
  if (!plan.playbooks.some((candidate) => candidate.id === record.playbook)) return [];
  const events: Record<string, string> = { activation: record.activated };
  for (const [event, at] of state.events) events[event] = at;
  const sent = Object.fromEntries([...state.sent].map(([clock, entry]) => [clock, entry.at]));
  const set = computeDeadlines(plan, record.playbook, { t0: record.t0, events, sent });
  // during an incident the law comes first: statutory deadlines before internal targets, each in the computation's order
  const ordered = [...set.deadlines.filter((deadline) => deadline.statutory), ...set.deadlines.filter((deadline) => !deadline.statutory)];
  return ordered.map((deadline) => ({
    id: deadline.id,
    ...(deadline.obligation ? { obligation: deadline.obligation } : {}),
    title: deadline.title,
    due: deadline.due,
    statutory: deadline.statutory,
    ...(deadline.notify ? { notify: { id: deadline.notify.id, name: deadline.notify.name, ...(deadline.notify.phone ? { phone: deadline.notify.phone } : {}), ...(deadline.notify.email ? { email: deadline.notify.email } : {}), ...(deadline.notify.url ? { url: deadline.notify.url } : {}) } } : {}),
    ...(deadline.basis ? { basis: deadline.basis } : {}),
    ...(deadline.after ? { after: deadline.after } : {}),
    ...(deadline.waitingFor ? { waitingFor: deadline.waitingFor } : {}),
  }));
}
