import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { rulesMarkdown } from '../../src/rules/docs.js';
import { ROOT } from '../helpers/cli.js';

describe('rule metadata', () => {
  it('the README rule table is the generated one', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = /<!-- rules:start[^\n]*-->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    expect(table, 'README has the rules:start/rules:end markers').toBe(rulesMarkdown(rules));
  });

  it('rules are sorted by id, ids are kebab-case and match their file names', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(readFileSync(join(ROOT, 'src', 'rules', `${rule.id}.ts`), 'utf8')).toContain(`id: '${rule.id}'`);
      expect(rule.description).toMatch(/^[A-Z].+\.$/);
    }
  });
});
