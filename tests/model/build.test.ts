import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { escapePointer } from '../../src/load/pointer.js';
import { buildPlan } from '../../src/model/build.js';

// buildPlan drops every rejected value; it copies with a pointer per node only above a rejected pointer.
// The reference below is the whole-tree walk it replaced: both must give the same plan, key order included.

function reference(value: unknown, pointer: string, rejected: ReadonlySet<string>): unknown {
  if (rejected.has(pointer)) return undefined;
  if (Array.isArray(value)) return value.map((item, index) => reference(item, `${pointer}/${index}`, rejected));
  if (typeof value === 'object' && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const kept = reference(child, `${pointer}/${escapePointer(key)}`, rejected);
      if (kept !== undefined && kept !== null) Object.defineProperty(result, key, { value: kept, enumerable: true, writable: true });
    }
    return result;
  }
  return value;
}

function pointers(value: unknown, pointer: string, into: string[]): string[] {
  into.push(pointer);
  if (Array.isArray(value)) value.forEach((item, index) => pointers(item, `${pointer}/${index}`, into));
  else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) pointers(child, `${pointer}/${escapePointer(key)}`, into);
  return into;
}

describe('buildPlan with rejected values', () => {
  const data = jsyaml.load(readFileSync(new URL('../../examples/saas.yaml', import.meta.url), 'utf8')) as Record<string, unknown>;
  // a null kept by the schema elsewhere, and keys that need escaping
  (data.plan as Record<string, unknown>)['x-note/a~b'] = { inner: null, kept: 'yes' };
  const all = pointers(data, '', []).filter((pointer) => pointer !== '');

  it('drops the same values as a walk over the whole plan', () => {
    let seed = 11;
    const next = (k: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % k;
    for (let round = 0; round < 200; round++) {
      const rejected = new Set<string>();
      const count = 1 + next(6);
      for (let i = 0; i < count; i++) rejected.add(all[next(all.length)]!);
      if (round % 7 === 0) rejected.add('/no/such/pointer');
      const expected = buildPlan(reference(data, '', rejected), new Set());
      expect(JSON.stringify(buildPlan(data, rejected)), [...rejected].join(' ')).toBe(JSON.stringify(expected));
    }
  });

  it('drops nulls where nothing below is rejected', () => {
    const plan = buildPlan(data, new Set(['/contacts/0/name'])) as unknown as { plan: Record<string, { inner?: unknown }> };
    expect(plan.plan['x-note/a~b']).toEqual({ kept: 'yes' });
  });
});
