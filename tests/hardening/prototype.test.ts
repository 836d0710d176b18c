import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, VALID as CORPUS_VALID } from '../../scripts/hostile-corpus.mjs';
import { defaultConfig } from '../../src/config/types.js';
import { loadPlan, renderHandbook, validate } from '../../src/index.js';
import { registerRows } from '../../src/risks/register.js';
import { tempDir } from '../helpers/cli.js';

const TODAY = '2026-11-29';
// the corpus's valid plan with its playbook exercised, so that it is clean: exercise-coverage judges every plan
const VALID = `${CORPUS_VALID}evaluations:\n  - { date: 2026-06-01, type: exercise, title: Tabletop, playbooks: [outage] }\n`;
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

// __proto__, constructor and prototype where a plan allows any key (x- extensions) and where it does not
const EXTENDED = VALID.replace('krisplan: 1\n', 'krisplan: 1\nx-ext: {__proto__: {polluted: yes}, constructor: {prototype: {polluted: yes}}, prototype: {polluted: yes}}\n').replace(
  '    email: anna@example.com\n',
  '    email: anna@example.com\n    x-ext:\n      "__proto__": [1, 2]\n      constructor: {name: Object}\n',
);

function ownNames(): string[][] {
  return PROTOTYPES.map((prototype) => Object.getOwnPropertyNames(prototype).sort());
}

function expectUnpolluted(before: string[][]): void {
  expect(ownNames()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  for (const name of ['polluted', 'isAdmin']) {
    expect(probe[name], name).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)[name], name).toBeUndefined();
  }
}

describe('prototype keys in a plan', () => {
  it('stay ordinary keys of the data and never reach a prototype, through loading, validation, the register and rendering', async () => {
    const before = ownNames();
    const texts = [EXTENDED, ...CASES.filter((c) => c.name.startsWith('proto-')).map((c) => String(c.content()))];
    const dir = tempDir('krisplan-proto-');
    texts.forEach((text, i) => writeFileSync(join(dir, `plan-${i}.yaml`), text));

    for (const text of texts) {
      const loaded = loadPlan(text, { today: TODAY });
      expect(loaded.findings.every((f) => f.line >= 1 && f.column >= 1)).toBe(true);
      if (loaded.plan) {
        expect(registerRows('plan.yaml', loaded.plan, defaultConfig()).length).toBeGreaterThan(0);
        expect(renderHandbook({ file: 'plan.yaml', ...loaded, plan: loaded.plan }, { today: TODAY, format: 'html' })).toContain('</html>');
        expect(renderHandbook({ file: 'plan.yaml', ...loaded, plan: loaded.plan }, { today: TODAY, format: 'md' }).length).toBeGreaterThan(0);
      }
    }
    const result = await validate([dir], { today: TODAY });
    expect(result.summary.files).toBe(texts.length);
    expectUnpolluted(before);
  });

  it('are own properties of the loaded data, whose prototypes are the plain ones', () => {
    const { data, findings } = loadPlan(EXTENDED, { today: TODAY });
    expect(findings).toEqual([]);
    const root = data as Record<string, Record<string, unknown>>;
    const ext = root['x-ext']!;
    expect(Object.getPrototypeOf(root)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(ext)).toBe(Object.prototype);
    expect(Object.keys(ext)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getOwnPropertyDescriptor(ext, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(ext.polluted).toBeUndefined();
    const contact = (root.contacts as unknown as Record<string, Record<string, unknown>>[])[0]!;
    expect(Object.getOwnPropertyDescriptor(contact['x-ext'], '__proto__')?.value).toEqual([1, 2]);
    expect(Object.getPrototypeOf(contact['x-ext'])).toBe(Object.prototype);
  });
});
