/** The contact sheet of the handbook's view model (see view.ts). `docs/templates.md` documents each field — keep the two in step. */
import type { ContactType } from '../model/plan.js';
import type { PersonView, StatusView, WarningView } from './view.js';

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
