import type { Entry, LoadedIncident } from './record.js';

/** What the entries add up to: the current level, steps done, reports sent or not required, start events, the log. */
export interface IncidentState {
  level?: string;
  /** step number → the entry that marked it done */
  done: Map<number, Entry>;
  /** clock id → the entry that recorded the report as sent */
  sent: Map<string, Entry>;
  /** clock id → the entry that closed it as not required */
  notRequired: Map<string, Entry>;
  /** start event → when it happened */
  events: Map<string, string>;
  /** notes, decisions and actions, in time order */
  log: Entry[];
  sitreps: Entry[];
  closed?: Entry;
}

export function foldEntries(incident: LoadedIncident): IncidentState {
  const state: IncidentState = { level: incident.record.level, done: new Map(), sent: new Map(), notRequired: new Map(), events: new Map(), log: [], sitreps: [] };
  for (const entry of incident.entries) {
    switch (entry.kind) {
      case 'note':
      case 'decision':
      case 'action':
        state.log.push(entry);
        break;
      case 'sitrep':
        state.sitreps.push(entry);
        break;
      case 'step':
        // the first time a step was marked done counts: a second clone marking it too changes nothing
        if (entry.step !== undefined && !state.done.has(entry.step)) state.done.set(entry.step, entry);
        break;
      case 'notified':
        if (entry.clock !== undefined && !state.sent.has(entry.clock)) state.sent.set(entry.clock, entry);
        break;
      case 'not-required':
        if (entry.clock !== undefined && !state.notRequired.has(entry.clock)) state.notRequired.set(entry.clock, entry);
        break;
      case 'event':
        if (entry.event !== undefined && !state.events.has(entry.event)) state.events.set(entry.event, entry.at);
        break;
      case 'level':
        state.level = entry.level;
        break;
      case 'close':
        state.closed ??= entry;
        break;
    }
  }
  return state;
}
