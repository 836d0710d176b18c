/** Evaluations and open follow-up actions of the handbook's view model (see view.ts). `docs/templates.md` documents each field — keep the two in step. */
import type { DateView } from '../i18n/index.js';
import type { PersonView, PlaybookRefView, WarningView } from './view.js';

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
