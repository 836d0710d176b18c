import { expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { loadPlan } from '../../src/engine/validate.js';
import type { Finding } from '../../src/types.js';

export const TODAY = '2026-11-29';

export interface RuleCase {
  name: string;
  yaml: string;
  expect: { line: number; column: number; path: string; message?: RegExp }[];
  config?: (config: Config) => void;
  today?: string;
}

export function lint(yaml: string, options: { config?: Config; today?: string } = {}): Finding[] {
  return loadPlan(yaml, { config: options.config ?? defaultConfig(), today: options.today ?? TODAY }).findings;
}

/** One vitest case per entry: the findings of `ruleId` must be exactly the expected ones, and no other rule may fire. */
export function testRule(ruleId: string, cases: RuleCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const config = defaultConfig();
      // exercise-coverage judges every plan's exercise programme, which the small plans of the other rules' cases
      // never have: it would speak in nearly every case; its own cases (tests/rules/exercise-coverage.test.ts) judge it
      if (ruleId !== 'exercise-coverage') config.rules['exercise-coverage'] = 'off';
      c.config?.(config);
      const findings = lint(c.yaml, { config, today: c.today });
      const others = findings.filter((f) => f.rule !== ruleId);
      expect(others, 'findings of other rules').toEqual([]);
      const own = findings.filter((f) => f.rule === ruleId);
      expect(own.map((f) => ({ line: f.line, column: f.column, path: f.path }))).toEqual(
        c.expect.map((e) => ({ line: e.line, column: e.column, path: e.path })),
      );
      c.expect.forEach((e, i) => {
        if (e.message) expect(own[i]!.message).toMatch(e.message);
      });
    });
  }
}

/** A small plan that is clean on 2026-11-29; cases add to or change it. */
export const BASE = `krisplan: 1
plan:
  title: Test plan
  organization: Test AB
  owner: anna
  reviewed: 2026-11-01
contacts:
  - id: anna
    name: Anna Andersson
    phone: "+46 70 123 45 67"
    verified: 2026-11-01
  - id: erik
    name: Erik Eriksson
    email: erik@example.se
    deputy: anna
`;

/** Who receives the first alarm and one crisis level: appended (at the end, so line numbers stay) to plans with high-risk playbooks. */
export const ACTIVATION = `activation:
  entry_point: anna
  levels: [{ id: crisis, title: Crisis }]
`;
