import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { loadPlan } from '../../src/engine/validate.js';
import { ROOT } from '../helpers/cli.js';

const examples = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));

describe('examples', () => {
  it('there is a Swedish and an English example', () => {
    const languages = examples.map((name) => /^\s*language: (\w+)/m.exec(readFileSync(join(ROOT, 'examples', name), 'utf8'))?.[1]);
    expect(languages).toContain('sv');
    expect(languages).toContain('en');
  });

  for (const name of examples) {
    it(`${name} validates with zero findings and carries the schema modeline`, () => {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
      const { findings, plan } = loadPlan(text, { config: defaultConfig(), today: '2026-11-29' });
      expect(findings).toEqual([]);
      expect(plan!.playbooks.length).toBeGreaterThan(1);
    });
  }
});
