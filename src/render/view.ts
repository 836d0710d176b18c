/**
 * The handbook's view model: a plain, JSON-serialisable description of everything a template may show.
 * Every string in it is raw plan text (or a fixed string in the handbook's language); templates escape it.
 * `docs/templates.md` documents each field — keep the two in step.
 */
import type { ContactType } from '../model/plan.js';
import type { RiskLevel } from '../model/scoring.js';
import type { DateView, Lang } from '../i18n/index.js';
import type { ClockView, ExerciseView, ResidualView, ServiceRefView, ServiceView, SheetDeadlineView } from './view-continuity.js';

export type { ClockView, ExerciseView, ResidualView, ServiceBackupView, ServiceRefView, ServiceView, SheetDeadlineView, SheetPlaybookRef } from './view-continuity.js';

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
  /** who receives the first alarm, around the clock (activation.entry_point) */
  entryPoint?: PersonView;
  /** the activation page: levels, roles, stand-down; absent when the plan has neither activation nor roles */
  activation?: ActivationView;
  /** how many more staff and suppliers the contacts section lists (the sheet keeps to one page) */
  callListMore: number;
  /** where the contacts are: the section's number in the contents, its anchor and title */
  contactsSection: { number: number; anchor: string; title: string };
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

export interface CrisisLevelView {
  id: string;
  title: string;
  criteria: string[];
  declaredBy: PersonView[];
  convene: PersonView[];
  meet?: string;
  rhythm?: string;
}

export interface RoleView {
  id: string;
  title: string;
  duties: string[];
  holder?: PersonView;
  deputies: PersonView[];
}

export interface ActivationView {
  entryPoint?: PersonView;
  levels: CrisisLevelView[];
  roles: RoleView[];
  standDown: string[];
}
