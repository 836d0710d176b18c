import { readFileSync } from 'node:fs';
import { KrisplanError } from '../errors.js';
import { findRule, rules } from '../rules/index.js';
import { rulePagePath } from '../rules/pages.js';
import { rulesMarkdown, rulesTable } from '../rules/docs.js';
import { schemaPath } from '../schema/files.js';
import { jsonText } from '../util/json.js';
import { closest } from '../util/suggest.js';

export function printSchema(options: { config?: boolean }): number {
  process.stdout.write(readFileSync(schemaPath(options.config ? 'config' : 'plan'), 'utf8'));
  return 0;
}

export function printRules(options: { format: 'table' | 'json' | 'md' }): number {
  const meta = rules.map(({ id, severity, description }) => ({ id, severity, description }));
  if (options.format === 'json') process.stdout.write(jsonText(meta));
  else if (options.format === 'md') process.stdout.write(rulesMarkdown(meta));
  else process.stdout.write(rulesTable(meta));
  return 0;
}

/** `krisplan rules <id>`: the rule's page, docs/rules/<id>.md as shipped with the package. */
export function printRulePage(id: string): number {
  if (!findRule(id)) {
    const meant = closest(id, rules.map((rule) => rule.id));
    throw new KrisplanError(`"${id}" is no krisplan rule; ${meant ? `did you mean ${meant}?` : 'see krisplan rules for the list'}`);
  }
  process.stdout.write(readFileSync(new URL(`../../${rulePagePath(id)}`, import.meta.url), 'utf8'));
  return 0;
}
