import type { Config } from '../config/types.js';
import type { DayNumber } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { Severity } from '../types.js';

/** What a rule reports: where (a JSON Pointer into the plan) and what to do. The engine adds position and severity. */
export interface RuleHit {
  path: string;
  message: string;
  /** the message's details as data, for its text in the handbook's language (the CLI prints `message`) */
  text?: HitText;
  /** point at the key rather than its value (e.g. a message keyed by an unknown playbook id) */
  at?: 'key';
}

export interface RuleContext {
  today: DayNumber;
  config: Config;
  /**
   * Whether the key at `pointer` was written in the file, even if the schema rejected its value
   * or it was misspelt as a close unknown key: presence rules stay quiet where the schema already spoke.
   */
  isPresent(pointer: string): boolean;
  /** human name of a node: `owner of step 2 of playbook "overload"` */
  describe(pointer: string): string;
}

export interface Rule {
  /** kebab-case, the same as the file name */
  id: string;
  severity: Severity;
  /** one sentence, for `krisplan rules`, SARIF and the README */
  description: string;
  /** pure: no I/O, no clock; absent for the rules the loader and schema check report */
  check?(plan: Plan, context: RuleContext): RuleHit[];
}

/** A value of a hit's text: plain text or a number as is; a node, a date or a day count in the reader's words. */
export type HitValue = string | number | { node: string } | { date: string } | { days: number } | { duration: string } | { level: string };

/** A handbook text key (`rule.<id>…` in src/i18n) and the values for its `{placeholders}`. */
export interface HitText {
  key: string;
  values: Record<string, HitValue>;
}
