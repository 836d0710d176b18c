import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const PLAN = 'tests/fixtures/golden/broken.yaml';
const CLEAN = 'examples/saas.yaml';
const FORMATS = ['stylish', 'json', 'junit', 'sarif', 'github'] as const;

/** Compares with tests/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead. */
function expectGolden(name: string, actual: string): void {
  const path = join(ROOT, 'tests', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI === 'true' && !existsSync(path)) throw new Error(`golden file ${name} is missing`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('reporters match their golden files', () => {
  for (const format of FORMATS) {
    it(`${format}, with findings`, () => {
      const result = runCli(['validate', PLAN, CLEAN, '--format', format, '--today', '2026-11-29']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expectGolden(`${format}.out`, result.stdout);
    });
  }

  it('stylish, clean', () => {
    const result = runCli(['validate', CLEAN, '--today', '2026-11-29']);
    expect(result.status).toBe(0);
    expectGolden('stylish-clean.out', result.stdout);
  });
});
