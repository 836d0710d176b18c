import type { Plan } from '../model/plan.js';
import type { IncidentRecord } from './record.js';
import type { IncidentState } from './state.js';
import { parseInstant, plus, utcText } from './time.js';

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
 * The deadlines of the incident's playbook from T0, its start events and the reports already sent.
 * Interim: the plan's clocks counted from awareness or activation, until the shared computation of chained and
 * event-started clocks (src/model/deadlines.ts) is in this branch.
 */
export function incidentDeadlines(plan: Plan, record: IncidentRecord, _state: IncidentState): IncidentDeadline[] {
  const playbook = plan.playbooks.find((candidate) => candidate.id === record.playbook);
  if (!playbook) return [];
  const zone = record.timezone;
  const t0 = parseInstant(record.t0, zone, 't0');
  const activated = parseInstant(record.activated, zone, 'activated');
  const deadlines = playbook.clocks.map((clock, index): IncidentDeadline => {
    const contact = plan.contacts.find((candidate) => candidate.id === clock.notify);
    const due = plus(clock.from === 'activation' ? activated : t0, clock.within, zone);
    return {
      id: `clock-${index + 1}`,
      title: clock.title ?? '',
      due: due ? utcText(due) : null,
      statutory: clock.basis !== undefined && /GDPR|NIS|DORA|art\./i.test(clock.basis),
      ...(contact?.id ? { notify: { id: contact.id, name: contact.name ?? contact.id, ...(contact.phone ? { phone: contact.phone } : {}), ...(contact.email ? { email: contact.email } : {}) } } : {}),
      ...(clock.basis ? { basis: clock.basis } : {}),
    };
  });
  return deadlines.sort((a, b) => Number(b.statutory) - Number(a.statutory) || (a.due ?? '').localeCompare(b.due ?? ''));
}
