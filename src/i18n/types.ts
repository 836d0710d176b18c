import type { DeadlineWords } from './deadlines.en.js';
import type { handbook } from './en.js';
import type { PackKey } from './exercise.en.js';
import type { IncidentWords } from './incident.en.js';

/** A fixed string of the handbook; English defines the keys, every other language has each of them. */
export type MessageKey = keyof typeof handbook;

/** The kinds of dated work `krisplan due` lists (the same as due/items.ts DueKind). */
export type DueWordKind = 'plan' | 'risk' | 'contact' | 'crisis_site' | 'backup' | 'training' | 'action' | 'exercise' | 'planned_exercise';

/** The words `krisplan init` writes into a plan, per plan language. Every value the user must replace starts with TODO. */
export interface PlanStrings {
  header(organization: string | undefined, today: string): string;
  planTitle(service: string | undefined): string;
  organization: string;
  service: string;
  lead: { name: string; id: string; role: string };
  deputy: { name: string; id: string; role: string };
  availability: string;
  customerService: { id: string; name: string; role: string; availability: string };
  crisisHosting: string;
  backup: { id: string; system: string };
  training: { id: string; topic(playbook: string | undefined): string; audience: string };
  comments: {
    plan: string;
    contacts: string;
    risks: string;
    preparedness: string;
    crisisSite: string;
    backups: string;
    training: string;
    playbooks: string;
    evaluations: string;
    /** beside the dates init sets or leaves unset: it certifies nothing nobody did */
    reviewed: string;
    verified: string;
    tested: string;
    restoreTested: string;
    held: string;
  };
  activation: { title: string; criteria: string; standDown: string; comment: string };
  authorities: Record<string, string>;
}

/** Every word krisplan writes in one language. A new language is one file of this shape, registered in i18n/index.ts. */
export interface Dictionary {
  /** the language's own name */
  name: string;
  /** BCP 47 locale for dates (Intl) */
  locale: string;
  handbook: Readonly<Record<MessageKey, string>>;
  plan: PlanStrings;
  site: { title: string; updated: string; nextUpdate: string; contact: string; phone: string; email: string; neutral: string };
  due: { what: Record<DueWordKind, [string, string]>; labels: { owner: string; noOwner: string; last: string; every: string; plan: string } };
  contacts: { availability: string; deputy: string };
  phone: { extension: string };
  deadlines: DeadlineWords;
  exercise: Readonly<Record<PackKey, string>>;
  incident: IncidentWords;
}
