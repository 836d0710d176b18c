/**
 * The handbook's view model: a plain, JSON-serialisable description of everything a template may show.
 * Every string in it is raw plan text (or a fixed string in the handbook's language); templates escape it.
 * The root (Handbook) and the shapes every section shares are here; each section's own shapes are in
 * view-<section>.ts. `docs/templates.md` documents each field — keep the two in step.
 */
import type { DateView, Lang } from '../i18n/index.js';
import type { ContactType } from '../model/plan.js';
import type { RiskLevel } from '../model/scoring.js';
import type { ActivationView } from './view-activation.js';
import type { ContactGroupView } from './view-contacts.js';
import type { ServiceView, SheetDeadlineView } from './view-continuity.js';
import type { ActionView, EvaluationView } from './view-evaluations.js';
import type { PlaybookView } from './view-playbooks.js';
import type { PreparednessView } from './view-preparedness.js';
import type { RisksView } from './view-risks.js';

export type { ActivationView, CrisisLevelView, RoleView } from './view-activation.js';
export type { ContactGroupView, ContactView } from './view-contacts.js';
export type { ClockView, ExerciseView, ResidualView, ServiceBackupView, ServiceRefView, ServiceView, SheetDeadlineView, SheetPlaybookRef } from './view-continuity.js';
export type { ActionView, EvaluationView } from './view-evaluations.js';
export type { PlaybookView, StepView } from './view-playbooks.js';
export type { BackupView, CrisisSiteView, ExerciseDueView, MessageView, PlannedExerciseView, PreparednessView, ResourceView, TrainingView } from './view-preparedness.js';
export type { LevelView, MatrixCellView, MatrixRiskView, MatrixRowView, RiskView, RisksView } from './view-risks.js';

export interface WarningView {
  rule: string;
  /** in the handbook's language */
  message: string;
  /** the rule's own message, as `validate` prints it (English) */
  detail: string;
  line: number;
  column: number;
}

/** A contact as it appears wherever someone is named: owners, the call list, the contact sheet. */
export interface PersonView {
  id: string;
  /** the contact's name; the id when the id names no contact */
  name: string;
  role?: string;
  organization?: string;
  type: ContactType;
  phone?: string;
  /** `tel:` link, only when the phone number has digits */
  phoneHref?: string;
  email?: string;
  /** `mailto:` link, only for a plain address */
  emailHref?: string;
  availability?: string;
  /** false when the plan refers to an id that is not in `contacts` */
  isKnown: boolean;
  /** the crisis-team role's title when the owner named a role (the person is its holder) */
  holds?: string;
}

/** A routine: when it was last done, how often, and when it is due next. */
export interface StatusView {
  last?: DateView;
  /** the interval in the reader's words, e.g. "6 månader" */
  every?: string;
  due?: DateView;
  /** today is after the due date */
  isStale: boolean;
  /** days since the due date (0 unless stale) */
  daysOverdue: number;
}

export interface RiskRefView {
  number: number;
  id: string;
  anchor: string;
  title: string;
  level: RiskLevel;
  levelText: string;
}

export interface PlaybookRefView {
  id: string;
  anchor: string;
  title: string;
}

export interface SectionView {
  anchor: string;
  title: string;
  children: { anchor: string; title: string }[];
}

export interface Handbook {
  lang: Lang;
  /** the plan file as given on the command line */
  file: string;
  today: DateView;
  title: string;
  organization?: string;
  owner?: PersonView;
  /** the plan's `reviewed` and when the next full review is due */
  review: StatusView;
  /** every warning of the plan, in file order */
  warnings: WarningView[];
  /** warnings about the plan header, or about no single item shown in the handbook (shown on the cover) */
  otherWarnings: WarningView[];
  /** the crisis lead (the plan owner) and the lead's deputy */
  lead?: PersonView;
  deputy?: PersonView;
  /** staff and suppliers to call in the first hour, lead and deputy excepted */
  callList: PersonView[];
  /** who receives the first alarm, around the clock (activation.entry_point) */
  entryPoint?: PersonView;
  /** the entry point is the crisis lead or the deputy, so its card is theirs (no card of its own) */
  entryPointIs?: 'lead' | 'deputy';
  /** the activation page: levels, roles, stand-down; absent when the plan has neither activation nor roles */
  activation?: ActivationView;
  /** how many more staff and suppliers the contacts section lists (the sheet keeps to one page) */
  callListMore: number;
  /** where the contacts are: the section's number in the contents, its anchor and title; in a PDF, the page it starts on */
  contactsSection: { number: number; anchor: string; title: string; page?: number };
  /** where the warnings are: each section holding some, with its number in the contents (0: the plan as a whole) */
  warningSections: { anchor: string; number: number; title: string; count: number }[];
  /** table of contents, in print order */
  sections: SectionView[];
  playbooks: PlaybookView[];
  /** the first-hour sheet's deadlines: every clock of every playbook once, statutory duties apart from internal targets, each soonest first */
  deadlines: { statutory: SheetDeadlineView[]; internal: SheetDeadlineView[] };
  /** the plan's services with their recovery objectives (RTO, RPO) and backups; empty when the plan has none */
  services: ServiceView[];
  contactGroups: ContactGroupView[];
  risks: RisksView;
  preparedness: PreparednessView;
  /** most recent first */
  evaluations: EvaluationView[];
  /** actions not done, earliest due first */
  openActions: ActionView[];
}
