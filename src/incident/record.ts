/** The incident record as files: record.yaml (written once, at activation) and one file per later entry. */

export const RECORD_KEY = 'krisplan_incident';
export const ENTRY_KEY = 'krisplan_incident_entry';

export interface RecordStep {
  /** 1-based, as printed on the checklist */
  n: number;
  action: string;
  owner?: string;
  within?: string;
  /** ISO 8601 UTC: T0 plus within */
  by?: string;
}

export interface IncidentRecord {
  krisplan_incident: 1;
  /** the folder name, e.g. 2026-12-04-data-breach */
  id: string;
  /** the plan file, relative to the record's folder (with / as separator) */
  plan: string;
  /** the commit of the plan's repository at activation, when it was in git */
  commit?: string;
  /** SHA-256 of the plan file's bytes at activation: tells whether the plan changed since, and whether the commit holds it */
  plan_sha256?: string;
  playbook: string;
  title?: string;
  level?: string;
  /** awareness: when the organisation became aware (ISO 8601 UTC) */
  t0: string;
  /** when the playbook was activated (ISO 8601 UTC) */
  activated: string;
  by: string;
  timezone: string;
  steps: RecordStep[];
}

export const ENTRY_KINDS = ['note', 'decision', 'action', 'sitrep', 'step', 'notified', 'not-required', 'event', 'level', 'close'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface Entry {
  krisplan_incident_entry: 1;
  at: string;
  by: string;
  kind: EntryKind;
  text?: string;
  /** an action's owner (contact or role id) */
  owner?: string;
  /** a step done */
  step?: number;
  /** a clock reported or closed as not required */
  clock?: string;
  ref?: string;
  reason?: string;
  /** a start event: classification or fix-available */
  event?: string;
  level?: string;
}

export interface LoadedIncident {
  /** the folder */
  dir: string;
  record: IncidentRecord;
  /** sorted by time, then file name */
  entries: Entry[];
}
