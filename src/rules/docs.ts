import type { RuleMeta } from '../types.js';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The Markdown rule table of the README and `krisplan rules --format md`. */
export function rulesMarkdown(rules: readonly RuleMeta[]): string {
  const lines = ['| rule | default | finds |', '| --- | --- | --- |'];
  for (const rule of rules) lines.push(`| \`${rule.id}\` | ${rule.severity} | ${escapeCell(rule.description)} |`);
  return `${lines.join('\n')}\n`;
}

export function rulesTable(rules: readonly RuleMeta[]): string {
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  return `${rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(7)}  ${rule.description}`).join('\n')}\n`;
}
