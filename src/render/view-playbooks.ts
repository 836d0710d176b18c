/** The playbooks of the handbook's view model (see view.ts). `docs/templates.md` documents each field — keep the two in step. */
import type { ClockView, ExerciseView, ServiceRefView } from './view-continuity.js';
import type { PersonView, RiskRefView, WarningView } from './view.js';

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
