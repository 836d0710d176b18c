import type { Finding } from '../types.js';
import type { HitText } from '../rules/types.js';

// Kept beside the findings rather than in them: a finding is the contract's shape (JSON, SARIF, JUnit), and the
// handbook alone needs the details as data to write a rule's message in another language.
const texts = new WeakMap<Finding, HitText>();

export function setHitText(finding: Finding, text: HitText | undefined): Finding {
  if (text) texts.set(finding, text);
  return finding;
}

/** The details of the rule hit behind `finding`, when its rule gives them. */
export function hitText(finding: Finding): HitText | undefined {
  return texts.get(finding);
}
