/**
 * The parts of the handbook's view model that come from the continuity keys (services, clocks, exercises,
 * residual ratings); see view.ts. `docs/templates.md` documents each field — keep the two in step.
 */
import type { RiskLevel } from '../model/scoring.js';
import type { PersonView, PlaybookRefView, StatusView, WarningView } from './view.js';

/** A legal or contractual deadline that starts with the crisis (a playbook's `clocks`), shown as a deadline box. */
export interface ClockView {
  title: string;
  /** the deadline after T in the reader's words, e.g. "72 timmar" */
  within?: string;
  /** the same, short, for "T + …": "72 h", "30 min", "3 dagar" */
  withinShort?: string;
  /** what T is: awareness (`detection` in older plans), activation, classification, fix-available, or after another clock */
  from: string;
  /** e.g. "från vetskap" / "from awareness", or "after “Incident notification” is sent" */
  fromText: string;
  /** a duty of a catalogue obligation; otherwise an internal target, never shown as law */
  statutory: boolean;
  /** "Lagkrav" / "Internt mål, inte lag" */
  kindText: string;
  /** a second limit, e.g. "at the latest T + 24 h from awareness" */
  notLaterThan?: string;
  /** the contact to notify, with phone */
  notify?: PersonView;
  /** e.g. "GDPR art. 33" */
  basis?: string;
}

/** A playbook as a deadline row of the first-hour sheet names it: its number in the list. */
export interface SheetPlaybookRef {
  number: number;
  anchor: string;
  title: string;
}

/** One deadline of the first-hour sheet: a clock, once, with every listed playbook that carries it. */
export interface SheetDeadlineView extends ClockView {
  /** in playbook order */
  playbooks: SheetPlaybookRef[];
  /** their numbers, runs shortened: "1–5, 7" */
  playbookNumbers: string;
}

/** When a playbook was last exercised and, for high and critical risks, when it is due again. */
export interface ExerciseView extends StatusView {
  /** the playbook is for a high or critical risk, so it must be exercised every `config.intervals.exercise` */
  isRequired: boolean;
}

/** A service in a playbook's "restores" line: its recovery objectives in words. */
export interface ServiceRefView {
  id: string;
  anchor: string;
  title: string;
  rto?: string;
  rpo?: string;
}

export interface ResidualView {
  severity: number;
  likelihood: number;
  score: number;
  level: RiskLevel;
  levelText: string;
}

/** A backup as the recovery objectives show it: does it meet the service's RPO and RTO? */
export interface ServiceBackupView {
  id: string;
  system?: string;
  frequency?: string;
  restoreTested: StatusView;
  restoreTook?: string;
  /** backed up less often than the service's RPO allows */
  isTooRare: boolean;
  /** the measured restore took longer than the service's RTO */
  isTooSlow: boolean;
}

export interface ServiceView {
  id: string;
  anchor: string;
  title: string;
  owner?: PersonView;
  /** longest acceptable downtime, in words */
  rto?: string;
  /** most data, counted in time, that may be lost, in words */
  rpo?: string;
  /** `depends_on` ids that name contacts (suppliers, staff), with their phones */
  dependsOnContacts: PersonView[];
  /** `depends_on` ids that name other services */
  dependsOnServices: ServiceRefView[];
  /** the backups whose `services` name this one */
  backups: ServiceBackupView[];
  /** the playbooks whose `services` name this one */
  playbooks: PlaybookRefView[];
  warnings: WarningView[];
}
