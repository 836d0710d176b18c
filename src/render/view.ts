/**
 * The handbook's view model: a plain, JSON-serialisable description of everything a template may show.
 * Every string in it is raw plan text (or a fixed string in the handbook's language); templates escape it.
 * `docs/templates.md` documents each field — keep the two in step.
 */
import type { ContactType } from '../model/plan.js';
import type { RiskLevel } from '../model/scoring.js';
import type { DateView, Lang } from './i18n.js';

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
  warnings: WarningView[];
}

export interface MatrixCellView {
  severity: number;
  likelihood: number;
  score: number;
  level: RiskLevel;
  risks: RiskRefView[];
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
  /** severity rows, highest first */
  matrix: MatrixRowView[];
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
  warnings: WarningView[];
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
  /** crisis web, backups and training that are overdue */
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
  contactGroups: ContactGroupView[];
  risks: RisksView;
  preparedness: PreparednessView;
  /** most recent first */
  evaluations: EvaluationView[];
  /** actions not done, earliest due first */
  openActions: ActionView[];
}
