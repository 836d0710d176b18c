import type { Lang } from '../i18n/lang.js';

/** The plan as rules see it: what the schema accepted, typed. Values the schema rejected are absent. */

export type ContactType = 'staff' | 'supplier' | 'authority' | 'other';

export interface Plan {
  krisplan: 1;
  plan: PlanHeader;
  contacts: Contact[];
  risks: Risk[];
  services: Service[];
  preparedness: Preparedness;
  playbooks: Playbook[];
  evaluations: Evaluation[];
  /** planned exercises: the programme, never a record of what happened */
  exercises: PlannedExercise[];
}

export interface PlannedExercise {
  playbooks?: string[];
  planned?: string;
  owner?: string;
  title?: string;
}

export interface PlanHeader {
  title?: string;
  organization?: string;
  owner?: string;
  language?: Lang;
  /** ISO 3166-1 alpha-2 country of establishment (se, gb …); decides authorities and which regimes apply */
  jurisdiction?: string;
  /** IANA time zone in which deadlines are shown and calendar months added */
  timezone?: string;
  /** the notification regimes the organisation falls under; absent: GDPR as controller */
  regimes?: RegimeEntry[];
  reviewed?: string;
  review_every?: string;
}

export type RegimeEntry = 'gdpr' | 'nis2' | 'dora' | 'cra' | { id: 'gdpr' | 'nis2' | 'dora' | 'cra'; role?: ('controller' | 'processor') | ('controller' | 'processor')[] };

export interface Contact {
  id?: string;
  name?: string;
  role?: string;
  type?: ContactType;
  organization?: string;
  phone?: string;
  email?: string;
  /** a web address, e.g. an authority's reporting form */
  url?: string;
  availability?: string;
  deputy?: string;
  verified?: string;
  verify_every?: string;
  public?: boolean;
}

export interface Risk {
  id?: string;
  title?: string;
  category?: string;
  description?: string;
  severity?: number;
  likelihood?: number;
  owner?: string;
  mitigations?: string[];
  playbook?: string;
  reviewed?: string;
  review_every?: string;
  residual?: { severity?: number; likelihood?: number };
}

export interface Service {
  id?: string;
  title?: string;
  owner?: string;
  /** recovery time objective: the longest acceptable downtime */
  rto?: string;
  /** recovery point objective: the most data, in time, that may be lost */
  rpo?: string;
  /** contact and service ids */
  depends_on?: string[];
}

export interface Preparedness {
  crisis_site?: CrisisSite;
  backups: Backup[];
  training: Training[];
  resources: Resource[];
}

export interface CrisisSite {
  url?: string;
  hosting?: string;
  owner?: string;
  tested?: string;
  test_every?: string;
  messages?: Record<string, string>;
}

export interface Backup {
  id?: string;
  system?: string;
  frequency?: string;
  owner?: string;
  restore_tested?: string;
  test_every?: string;
  services?: string[];
  restore_took?: string;
}

export interface Training {
  id?: string;
  topic?: string;
  audience?: string;
  owner?: string;
  held?: string;
  every?: string;
}

export interface Resource {
  id?: string;
  title?: string;
  owner?: string;
  provider?: string;
}

export interface Playbook {
  id?: string;
  title?: string;
  trigger?: string;
  owner?: string;
  steps: Step[];
  services?: string[];
  clocks: Clock[];
  exercised?: string[];
}

/** `detection` is kept as a synonym of `awareness` (plans written before obligations). */
export type ClockStart = 'awareness' | 'detection' | 'activation' | 'classification' | 'fix-available';

export interface Clock {
  /** default: its obligation id */
  id?: string;
  /** a catalogue id (templates/obligations/): supplies title, limit, start, recipient and basis */
  obligation?: string;
  title?: string;
  within?: string;
  from?: ClockStart;
  /** the id of another clock of the playbook: this one runs from when that report is sent */
  after?: string;
  /** a second limit counted from awareness */
  not_later_than?: string;
  notify?: string;
  basis?: string;
}

export interface Step {
  action?: string;
  owner?: string;
  within?: string;
  notes?: string;
}

export interface Evaluation {
  date?: string;
  type?: 'incident' | 'exercise';
  title?: string;
  went_well?: string[];
  improve?: string[];
  actions: FollowUp[];
  /** an exercised playbook; `playbooks` names several (both may be given) */
  playbook?: string;
  playbooks?: string[];
}

export interface FollowUp {
  action?: string;
  owner?: string;
  due?: string;
  done?: boolean;
}
