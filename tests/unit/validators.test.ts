import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/validator.js';
import { readSchema } from '../../src/schema/files.js';
import { ROOT } from '../helpers/cli.js';

const require = createRequire(import.meta.url);

describe('precompiled schema validators', () => {
  it('are generated from the current schemas (never stale, never edited)', async () => {
    const { validatorSource } = await import('../../scripts/build-validators.mjs');
    expect(readFileSync(join(ROOT, 'dist', 'schema', 'validators.cjs'), 'utf8')).toBe(validatorSource());
    expect(readFileSync(join(ROOT, 'dist', 'bundle', 'validators.cjs'), 'utf8')).toBe(validatorSource());
  });

  it('report exactly what the runtime compiler reports', () => {
    const precompiled = require(join(ROOT, 'dist', 'schema', 'validators.cjs'));
    const runtime = createAjv().compile(readSchema('plan'));
    const plans = ['examples/webshop.yaml', 'examples/saas.yaml', 'tests/fixtures/golden/broken.yaml'].map((file) => parse(readFileSync(join(ROOT, file), 'utf8')));
    plans.push({ krisplan: 2, plan: [], contacts: [{ id: 'A B', email: 'x', phone: 12, public: 'yes', extra: 1 }], risks: [{ severity: 0 }] });
    for (const plan of plans) {
      const shape = (errors: { keyword: string; instancePath: string; schemaPath: string; params: unknown }[] | null | undefined) =>
        (errors ?? []).map(({ keyword, instancePath, schemaPath, params }) => ({ keyword, instancePath, schemaPath, params }));
      expect(precompiled.plan(plan)).toBe(runtime(plan));
      expect(shape(precompiled.plan.errors)).toEqual(shape(runtime.errors));
    }
  });
});
