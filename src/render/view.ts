/**
 * The handbook's view model: a plain, JSON-serialisable description of everything a template may show.
 * Every string in it is raw plan text (or a fixed string in the handbook's language); templates escape it.
 * `docs/templates.md` documents each field — keep the two in step.
 */
import type { ContactType } from '../model/plan.js';
import type { RiskLevel } from '../model/scoring.js';
import type { DateView, Lang } from '../i18n/index.js';

export interface WarningView {
  rule: string;
  message: string;
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

export interface ContactView extends PersonView {
  anchor: string;
  deputy?: PersonView;
  /** `verified` and when it must be verified again */
  verified: StatusView;
  isPublic: boolean;
  warnings: WarningView[];
}

export interface ContactGroupView {
  type: ContactType;
  title: string;
  contacts: ContactView[];
}

export interface StepView {
  /** 1-based */
  number: number;
  action: string;
  owner?: PersonView;
  /** "within" in the reader's words, e.g. "30 min", "2 timmar" */
  within?: string;
  notes?: string;
  warnings: WarningView[];
}

export interface RiskRefView {
  number: number;
  id: string;
  anchor: string;
  title: string;
  level: RiskLevel;
  levelText: string;
}

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

export interface PlaybookView {
  number: number;
  id: string;
  anchor: string;
  title: string;
  trigger?: string;
  owner?: PersonView;
  steps: StepView[];
  /** the crisis web's pre-approved message for this playbook */
  message?: string;
  /** risks whose `playbook` is this one, highest score first */
  risks: RiskRefView[];
  /** deadlines that start with the crisis, shortest first */
  clocks: ClockView[];
  /** the playbook's `services`: what it restores */
  services: ServiceRefView[];
  /** from `exercised` and evaluations of type exercise that name the playbook */
  exercised: ExerciseView;
  warnings: WarningView[];
}

export interface PlaybookRefView {
  id: string;
  anchor: string;
  title: string;
}

export interface RiskView extends RiskRefView {
  category?: string;
  description?: string;
  severity: number;
  likelihood: number;
  score: number;
  owner?: PersonView;
  mitigations: string[];
  playbook?: PlaybookRefView;
  reviewed: StatusView;
  /** the rating after mitigations, when the risk has one */
  residual?: ResidualView;
  warnings: WarningView[];
}

export interface ResidualView {
  severity: number;
  likelihood: number;
  score: number;
  level: RiskLevel;
  levelText: string;
}

export interface MatrixRiskView extends RiskRefView {
  /** only in the residual matrix: the risk has no residual rating and is placed by its inherent one */
  isInherent: boolean;
}

export interface MatrixCellView {
  severity: number;
  likelihood: number;
  score: number;
  level: RiskLevel;
  risks: MatrixRiskView[];
}

export interface MatrixRowView {
  severity: number;
  cells: MatrixCellView[];
}

export interface LevelView {
  level: RiskLevel;
  text: string;
  /** lowest score of the level */
  from: number;
}

export interface RisksView {
  scale: number;
  /** 1..scale, for the likelihood axis */
  likelihoods: number[];
  /** severity rows, highest first, with each risk at its inherent rating */
  matrix: MatrixRowView[];
  /** any risk has a residual rating */
  hasResidual: boolean;
  /** the same matrix after mitigations (only when `hasResidual`); risks without a residual rating stay at their inherent one */
  residualMatrix?: MatrixRowView[];
  levels: LevelView[];
  /** by score descending, then id */
  register: RiskView[];
}

export interface MessageView {
  playbookId: string;
  /** the playbook's title, or its id when no playbook has it */
  title: string;
  anchor?: string;
  text: string;
}

export interface CrisisSiteView {
  url?: string;
  href?: string;
  hosting?: string;
  owner?: PersonView;
  tested: StatusView;
  messages: MessageView[];
  warnings: WarningView[];
}

export interface BackupView {
  id: string;
  system?: string;
  frequency?: string;
  owner?: PersonView;
  restoreTested: StatusView;
  /** how long the last restore test took, in words */
  restoreTook?: string;
  warnings: WarningView[];
}

/** A playbook that must be exercised (it is for a high or critical risk), for the preparedness section. */
export interface ExerciseDueView extends PlaybookRefView {
  level: RiskLevel;
  levelText: string;
  exercised: ExerciseView;
}

export interface TrainingView {
  id: string;
  topic?: string;
  audience?: string;
  owner?: PersonView;
  held: StatusView;
  warnings: WarningView[];
}

export interface ResourceView {
  id: string;
  title?: string;
  owner?: PersonView;
  provider?: PersonView;
  warnings: WarningView[];
}

export interface PreparednessView {
  crisisSite?: CrisisSiteView;
  backups: BackupView[];
  training: TrainingView[];
  resources: ResourceView[];
  /** playbooks for high and critical risks, in playbook order, with when each must be exercised next */
  exercises: ExerciseDueView[];
  /** crisis web, backups, training and playbook exercises that are overdue */
  staleCount: number;
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

export interface ActionView {
  action: string;
  owner?: PersonView;
  due?: DateView;
  isDone: boolean;
  isOverdue: boolean;
  daysOverdue: number;
  /** title of the evaluation the action came from */
  from?: string;
  fromAnchor: string;
  warnings: WarningView[];
}

export interface EvaluationView {
  anchor: string;
  date?: DateView;
  type?: 'incident' | 'exercise';
  typeText?: string;
  title?: string;
  wentWell: string[];
  improve: string[];
  actions: ActionView[];
  /** the playbook an exercise exercised */
  /** the first playbook the exercise names (kept for templates written before `playbooks`) */
  playbook?: PlaybookRefView;
  /** every playbook the exercise names, from `playbook:` and `playbooks:` */
  playbooks: PlaybookRefView[];
  warnings: WarningView[];
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
  /** table of contents, in print order */
  sections: SectionView[];
  playbooks: PlaybookView[];
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
