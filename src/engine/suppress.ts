import type { Finding, Severity } from '../types.js';

const DIRECTIVE = /^\s*#\s*krisplan-disable-next-line\b(.*)$/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

interface Suppression {
  /** 1-based line of the comment */
  line: number;
  column: number;
  /** the line whose findings it suppresses */
  target: number;
  rules: string[];
  used: Set<string>;
}

/**
 * Applies `# krisplan-disable-next-line RULE[, RULE] -- reason` comments: findings of those rules on the next
 * line that holds YAML are dropped; a comment that drops nothing becomes an `unused-suppression` finding.
 */
export function applySuppressions(text: string, findings: Finding[], known: ReadonlySet<string>, unusedSeverity: Severity | undefined): Finding[] {
  if (!text.includes('krisplan-disable-next-line')) return findings;
  const lines = text.split(/\r?\n/);
  const suppressions: Suppression[] = [];
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const list = match[1]!.split(/\s--\s|\s--$/)[0]!;
    const rules = list.split(',').map((rule) => rule.trim()).filter(Boolean);
    let target = index + 1;
    while (target < lines.length && BLANK_OR_COMMENT.test(lines[target]!)) target++;
    suppressions.push({ line: index + 1, column: content.indexOf('#') + 1, target: target + 1, rules, used: new Set() });
  });
  const kept = findings.filter((finding) => {
    const suppression = suppressions.find((s) => s.target === finding.line && s.rules.includes(finding.rule));
    if (!suppression) return true;
    suppression.used.add(finding.rule);
    return false;
  });
  if (!unusedSeverity) return kept;
  for (const suppression of suppressions) {
    const problem = suppression.rules.length === 0
      ? 'names no rule; write the rule ids to disable, e.g. # krisplan-disable-next-line stale-review -- reason'
      : describeUnused(suppression, known);
    if (problem) kept.push({ rule: 'unused-suppression', severity: unusedSeverity, message: `krisplan-disable-next-line ${problem}`, line: suppression.line, column: suppression.column, path: '' });
  }
  return kept;
}

function describeUnused(suppression: Suppression, known: ReadonlySet<string>): string | undefined {
  const unknown = suppression.rules.filter((rule) => !known.has(rule));
  if (unknown.length > 0) return `names ${unknown.map((rule) => `"${rule}"`).join(', ')}, which is no krisplan rule (see krisplan rules)`;
  const unused = suppression.rules.filter((rule) => !suppression.used.has(rule));
  if (unused.length === 0) return undefined;
  return `suppresses nothing for ${unused.join(', ')} on line ${suppression.target}; remove it, or the rule id from it`;
}
