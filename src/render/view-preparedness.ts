/** The preparedness section of the handbook's view model (see view.ts). `docs/templates.md` documents each field — keep the two in step. */
import type { RiskLevel } from '../model/scoring.js';
import type { ExerciseView } from './view-continuity.js';
import type { DateView } from '../i18n/index.js';
import type { PersonView, PlaybookRefView, StatusView, WarningView } from './view.js';

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

/** An exercise of the programme (`exercises:`): planned, never a record of what happened. */
export interface PlannedExerciseView {
  title?: string;
  /** the day it is planned for */
  planned?: DateView;
  /** the playbooks it is to exercise (ids the plan has) */
  playbooks: PlaybookRefView[];
  owner?: PersonView;
  /** every playbook it names was exercised since three months before the planned day (as `due` counts it) */
  isHeld: boolean;
  /** not held, and the planned day has passed */
  isOverdue: boolean;
  /** held, planned or overdue, in the handbook's language */
  statusText: string;
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
  /** the exercise programme (`exercises:`), by planned date */
  planned: PlannedExerciseView[];
  /** crisis web, backups, training and playbook exercises that are overdue */
  staleCount: number;
}
