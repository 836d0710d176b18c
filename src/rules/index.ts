import duplicateId from './duplicate-id.js';
import missingOwner from './missing-owner.js';
import noContactMethod from './no-contact-method.js';
import overdueAction from './overdue-action.js';
import parse from './parse.js';
import schema from './schema.js';
import staleReview from './stale-review.js';
import uncoveredRisk from './uncovered-risk.js';
import unknownReference from './unknown-reference.js';
import unusedSuppression from './unused-suppression.js';
import type { Rule } from './types.js';

/** Every rule, sorted by id: `krisplan rules`, SARIF and the README table all come from this list. */
export const rules: readonly Rule[] = [
  duplicateId,
  missingOwner,
  noContactMethod,
  overdueAction,
  parse,
  schema,
  staleReview,
  uncoveredRisk,
  unknownReference,
  unusedSuppression,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
