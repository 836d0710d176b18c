import { DateTime } from 'luxon';
import type { Plan } from '../model/plan.js';
import { incidentDeadlines, type IncidentDeadline } from './deadlines.js';
import { printedPhone, whoIs, type Person } from './people.js';
import type { LoadedIncident } from './record.js';
import { foldEntries, type IncidentState } from './state.js';
import { minutesBetween, plus, utcText } from './time.js';

export type DeadlineState = 'open' | 'sent' | 'not-required' | 'overdue';

export interface StatusDeadline {
  id: string;
  obligation: string | null;
  title: string;
  due: string | null;
  sent: string | null;
  ref: string | null;
  state: DeadlineState;
  statutory: boolean;
  reason: string | null;
  notify: IncidentDeadline['notify'] | null;
  basis: string | null;
  waiting_for: string | null;
  /** minutes from now to due (negative: overdue) */
  minutes_left: number | null;
}

export interface StatusStep {
  n: number;
  action: string;
  owner: string | null;
  owner_label: string | null;
  phone: string | null;
  by: string | null;
  done: string | null;
  done_by: string | null;
  late: boolean;
}

export interface StatusLog {
  at: string;
  by: string;
  text: string;
  kind: 'note' | 'decision' | 'action';
  owner: string | null;
}

export interface IncidentStatus {
  incident: string;
  playbook: string;
  title: string | null;
  level: string | null;
  level_title: string | null;
  t0: string;
  activated: string;
  now: string;
  timezone: string;
  closed: string | null;
  deadlines: StatusDeadline[];
  steps: StatusStep[];
  log: StatusLog[];
  rhythm: string | null;
  last_report: string | null;
  next_report: string | null;
}

export function incidentStatus(plan: Plan, incident: LoadedIncident, now: DateTime): IncidentStatus {
  const { record } = incident;
  const state = foldEntries(incident);
  const nowText = utcText(now);
  const level = plan.activation?.levels.find((candidate) => candidate.id === state.level);
  const lastReport = state.sitreps.at(-1)?.at ?? null;
  const rhythmStart = lastReport ?? record.activated;
  const next = level?.rhythm ? plus(DateTime.fromISO(rhythmStart, { zone: 'utc' }), level.rhythm, record.timezone) : undefined;
  return {
    incident: record.id,
    playbook: record.playbook,
    title: record.title ?? null,
    level: state.level ?? null,
    level_title: level?.title ?? null,
    t0: record.t0,
    activated: record.activated,
    now: nowText,
    timezone: record.timezone,
    closed: state.closed?.at ?? null,
    deadlines: deadlinesOf(plan, incident, state, state.closed?.at ?? nowText),
    steps: record.steps.map((step) => {
      const done = state.done.get(step.n);
      const person: Person | undefined = whoIs(plan, step.owner);
      const late = step.by !== undefined && (done ? done.at > step.by : nowText > step.by);
      return {
        n: step.n,
        action: step.action,
        owner: step.owner ?? null,
        owner_label: person?.label ?? null,
        phone: person?.phone ?? null,
        by: step.by ?? null,
        done: done?.at ?? null,
        done_by: done?.by ?? null,
        late,
      };
    }),
    log: state.log.map((entry) => ({ at: entry.at, by: entry.by, text: entry.text ?? '', kind: entry.kind as StatusLog['kind'], owner: entry.owner ?? null })),
    rhythm: level?.rhythm ?? null,
    last_report: lastReport,
    next_report: next ? utcText(next) : null,
  };
}

function deadlinesOf(plan: Plan, incident: LoadedIncident, state: IncidentState, now: string): StatusDeadline[] {
  return incidentDeadlines(plan, incident.record, state).map((deadline) => {
    const sent = state.sent.get(deadline.id);
    const notRequired = state.notRequired.get(deadline.id);
    const stateOf: DeadlineState = sent ? 'sent' : notRequired ? 'not-required' : deadline.due !== null && now > deadline.due ? 'overdue' : 'open';
    return {
      id: deadline.id,
      obligation: deadline.obligation ?? null,
      title: deadline.title,
      due: deadline.due,
      sent: sent?.at ?? null,
      ref: sent?.ref ?? null,
      state: stateOf,
      statutory: deadline.statutory,
      reason: notRequired?.reason ?? null,
      notify: deadline.notify ? { ...deadline.notify, ...(deadline.notify.phone ? { phone: printedPhone(plan, deadline.notify.phone) } : {}) } : null,
      basis: deadline.basis ?? null,
      waiting_for: deadline.waitingFor ?? null,
      minutes_left: deadline.due === null ? null : Math.round(minutesBetween(now, deadline.due)),
    };
  });
}
