import { readFileSync } from 'node:fs';
import { rules } from '../rules/index.js';
import { rulesMarkdown, rulesTable } from '../rules/docs.js';
import { schemaPath } from '../schema/files.js';
import { jsonText } from '../util/json.js';

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
