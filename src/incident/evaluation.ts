import { DateTime } from 'luxon';
import type { IncidentStatus } from './status.js';
import { minutesBetween, span } from './time.js';
import type { LoadedIncident } from './record.js';
import { words, type Dictionary, type Lang } from '../i18n/index.js';

/**
 * The evaluation `krisplan close` writes into the plan: the timeline, each deadline met or missed, the steps done
 * late or not at all as things to improve, and the logged actions as follow-up actions with no due date yet. A
 * statutory report still ahead at closing (a final report a month on) is neither met nor missed: it becomes a
 * follow-up action for the playbook's owner, due on its deadline's day, so `due` and the calendar keep it.
 */
export function incidentEvaluation(incident: LoadedIncident, status: IncidentStatus, closedAt: string, lang: Lang = 'en', playbookOwner?: string): Record<string, unknown> {
  const { record } = incident;
  const w = words(lang).incident.evaluation;
  // a day as the plan's time zone has it
  const dayOf = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(record.timezone).toISODate()!;
  const date = dayOf(closedAt);
  const timeline = incident.entries
    .filter((entry) => entry.kind !== 'close')
    .map((entry) => ({ at: entry.at, by: entry.by, text: timelineText(entry, status, w), kind: entry.kind }));
  timeline.unshift({ at: record.activated, by: record.by, text: w.activated(record.playbook, record.level, record.t0), kind: 'note' });
  const deadlines = status.deadlines.map((deadline) => {
    const outcome: Record<string, unknown> = { id: deadline.id };
    if (deadline.obligation) outcome.obligation = deadline.obligation;
    outcome.title = deadline.title;
    outcome.due = deadline.due;
    if (deadline.sent) outcome.sent = deadline.sent;
    if (deadline.ref) outcome.ref = deadline.ref;
    if (deadline.state === 'not-required') outcome.not_required = deadline.reason ?? '';
    if (isAhead(deadline, closedAt)) return outcome;
    if (deadline.state !== 'not-required') {
      const late = deadline.due !== null && deadline.sent !== null ? minutesBetween(deadline.due, deadline.sent) : deadline.due !== null && deadline.sent === null ? minutesBetween(deadline.due, closedAt) : 0;
      outcome.met = deadline.sent !== null && late <= 0;
      if (late > 0) outcome.late_by = span(late);
    }
    return outcome;
  });
  const improve = status.steps
    .filter((step) => step.done === null || step.late)
    .map((step) => (step.done === null ? w.notDone(step.n, step.action) : w.doneLate(step.n, span(minutesBetween(step.by!, step.done)), step.action)));
  const ahead = status.deadlines.filter((deadline) => deadline.statutory && isAhead(deadline, closedAt));
  for (const deadline of status.deadlines) {
    if (ahead.includes(deadline)) continue;
    if (deadline.statutory && deadline.state !== 'sent' && deadline.state !== 'not-required') improve.push(w.neverReported(deadline.title, deadline.id));
    else if (deadline.sent && deadline.due && deadline.sent > deadline.due) improve.push(w.reportedLate(deadline.title, deadline.id, span(minutesBetween(deadline.due, deadline.sent))));
  }
  const actions: Record<string, unknown>[] = status.log.filter((entry) => entry.kind === 'action').map((entry) => ({ action: entry.text, ...(entry.owner ? { owner: entry.owner } : {}), done: false }));
  for (const deadline of ahead) actions.push({ action: w.stillToReport(deadline.title, deadline.id), ...(playbookOwner ? { owner: playbookOwner } : {}), due: dayOf(deadline.due!), done: false });
  return {
    date,
    type: 'incident',
    title: `${record.title ?? record.playbook} (${record.id})`,
    playbooks: [record.playbook],
    incident: record.id,
    ...(improve.length > 0 ? { improve } : {}),
    timeline,
    ...(deadlines.length > 0 ? { deadlines } : {}),
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** Not sent, not ruled out, and its deadline after the closing: the duty outlives the incident. */
function isAhead(deadline: IncidentStatus['deadlines'][number], closedAt: string): boolean {
  return deadline.state !== 'sent' && deadline.state !== 'not-required' && deadline.due !== null && deadline.due > closedAt;
}

function timelineText(entry: LoadedIncident['entries'][number], status: IncidentStatus, w: Dictionary['incident']['evaluation']): string {
  switch (entry.kind) {
    case 'step': {
      const step = status.steps.find((candidate) => candidate.n === entry.step);
      return w.stepDone(entry.step ?? 0, step?.action);
    }
    case 'notified':
      return w.reported(entry.clock ?? '', entry.ref);
    case 'not-required':
      return w.notRequired(entry.clock ?? '', entry.reason ?? '');
    case 'event':
      return w.event(entry.event ?? '');
    case 'level':
      return w.level(entry.level ?? '');
    default:
      return entry.text ?? '';
  }
}
