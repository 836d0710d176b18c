import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

type Schema = { $ref?: string; title?: string; description?: string; properties?: Record<string, Schema>; items?: Schema; definitions?: Record<string, Schema>; additionalProperties?: unknown; patternProperties?: Record<string, unknown> };

const plan = JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8')) as Schema;

function resolveRef(schema: Schema): Schema {
  return schema.$ref ? plan.definitions![schema.$ref.replace('#/definitions/', '')]! : schema;
}

function* objects(schema: Schema, path: string): Generator<[string, Schema]> {
  const target = resolveRef(schema);
  if (target.properties) {
    yield [path, target];
    for (const [key, child] of Object.entries(target.properties)) yield* objects(child, `${path}/${key}`);
  }
  if (target.items) yield* objects(target.items, `${path}[]`);
}

describe('plan schema', () => {
  it('has an $id and the draft it is written in', () => {
    expect((plan as { $id?: string }).$id).toMatch(/^https:\/\/.+\/plan\.schema\.json$/);
    expect((plan as { $schema?: string }).$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('gives every property a title or description, for editors to show on hover', () => {
    const missing: string[] = [];
    for (const [path, object] of objects(plan, '')) {
      for (const [key, child] of Object.entries(object.properties!)) {
        const target = resolveRef(child);
        if (!child.title && !child.description && !target.title && !target.description) missing.push(`${path}/${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('rejects unknown keys and allows x- keys on every mapping', () => {
    for (const [path, object] of objects(plan, '')) {
      expect(object.additionalProperties, path || '/').toBe(false);
      expect(Object.keys(object.patternProperties ?? {}), path || '/').toEqual(['^x-']);
    }
  });
});
