/** The activation page of the handbook's view model (see view.ts). `docs/templates.md` documents each field — keep the two in step. */
import type { PersonView } from './view.js';

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
