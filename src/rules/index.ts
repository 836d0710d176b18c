import backupFrequency from './backup-frequency.js';
import crisisSite from './crisis-site.js';
import dependency from './dependency.js';
import duplicateId from './duplicate-id.js';
import exerciseCoverage from './exercise-coverage.js';
import missingOwner from './missing-owner.js';
import noContactMethod from './no-contact-method.js';
import obligationLimit from './obligation-limit.js';
import overdueAction from './overdue-action.js';
import parse from './parse.js';
import phone from './phone.js';
import placeholder from './placeholder.js';
import regulatoryClock from './regulatory-clock.js';
import rpoBackup from './rpo-backup.js';
import rtoRestore from './rto-restore.js';
import schema from './schema.js';
import singlePerson from './single-person.js';
import staleReview from './stale-review.js';
import uncoveredRisk from './uncovered-risk.js';
import unexercised from './unexercised.js';
import unknownReference from './unknown-reference.js';
import unusedSuppression from './unused-suppression.js';
import type { Rule } from './types.js';

/** Every rule, sorted by id: `krisplan rules`, SARIF and the README table all come from this list. */
export const rules: readonly Rule[] = [
  backupFrequency,
  crisisSite,
  dependency,
  duplicateId,
  exerciseCoverage,
  missingOwner,
  noContactMethod,
  obligationLimit,
  overdueAction,
  parse,
  phone,
  placeholder,
  regulatoryClock,
  rpoBackup,
  rtoRestore,
  schema,
  singlePerson,
  staleReview,
  uncoveredRisk,
  unexercised,
  unknownReference,
  unusedSuppression,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
