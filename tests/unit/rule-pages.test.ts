import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sarif from '../../src/report/sarif.js';
import { rules } from '../../src/rules/index.js';
import { REPOSITORY_URL, rulePagePath } from '../../src/rules/pages.js';
import { ROOT, runCli } from '../helpers/cli.js';

const PAGES = join(ROOT, 'docs', 'rules');
const HEADINGS = ['## What it finds', '## Why it matters', '## Failing example', '## Passing example', '## Options'];

describe('rule pages (docs/rules/<id>.md)', () => {
  it('every rule has a page and every page is a rule', () => {
    const pages = readdirSync(PAGES).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
    expect(pages).toEqual(rules.map((rule) => rule.id));
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: title, the description and severity of the rule list, every section, yaml examples', (id, rule) => {
    const page = readFileSync(join(ROOT, rulePagePath(id)), 'utf8');
    const lines = page.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2], 'the second paragraph is the description from src/rules').toBe(rule.description);
    expect(page).toContain(`Default severity: **${rule.severity}**.`);
    const positions = HEADINGS.map((heading) => lines.indexOf(heading));
    expect(positions.every((at) => at > 0), `headings ${HEADINGS.join(', ')}`).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const example of ['## Failing example', '## Passing example']) {
      const section = page.slice(page.indexOf(example));
      expect(section, `${example} has a yaml block`).toMatch(/^## [^\n]+\n\n```yaml\n[^`]+\n```\n/);
    }
  });

  it('package.json repository is the base of every link', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string }; files: string[] };
    expect(pkg.repository.url).toBe(REPOSITORY_URL);
    expect(pkg.files, 'the pages ship, for krisplan rules <id>').toContain('docs/rules');
  });

  it('every SARIF helpUri is the page of its rule on the main branch', () => {
    const meta = rules.map(({ id, severity, description }) => ({ id, severity, description }));
    const log = JSON.parse(sarif({ files: [], summary: { files: 0, errors: 0, warnings: 0 } }, { rules: meta, color: false, version: '0', repositoryPath: (f) => f }));
    const driverRules = log.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    expect(driverRules).toHaveLength(rules.length);
    const prefix = `${REPOSITORY_URL}/blob/main/`;
    for (const rule of driverRules) {
      expect(rule.helpUri).toBe(`${prefix}docs/rules/${rule.id}.md`);
      expect(existsSync(join(ROOT, rule.helpUri.slice(prefix.length))), rule.helpUri).toBe(true);
    }
  });

  it('krisplan rules <id> prints the page; an unknown id is exit 2 with a hint', () => {
    const page = runCli(['rules', 'stale-review']);
    expect(page).toEqual({ status: 0, stdout: readFileSync(join(PAGES, 'stale-review.md'), 'utf8'), stderr: '' });
    expect(runCli(['rules', 'stale-reviw'])).toEqual({ status: 2, stdout: '', stderr: 'krisplan: "stale-reviw" is no krisplan rule; did you mean stale-review?\n' });
    expect(runCli(['rules', 'nothing-like-it'])).toEqual({ status: 2, stdout: '', stderr: 'krisplan: "nothing-like-it" is no krisplan rule; see krisplan rules for the list\n' });
  });
});
