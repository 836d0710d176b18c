import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/engine/validate.js';
import { ROOT } from '../helpers/cli.js';
import { editorLines } from '../hardening/run.js';
import { throughEveryCommand } from './every-command.js';

// hundreds of plans through the whole pipeline, in-process: minutes of CPU when the suite's other workers compete for two cores
const PROPERTY_TIMEOUT = 180_000;

const TODAY = '2026-11-29';
const PLANS = ['webshop', 'saas'].map((name) => parse(readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8')) as unknown);

const leaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1, 5, 6, 2.5, 1e308, -0, '', ' ', 'x', 'anna', 'constructor', '__proto__', 'toString', '2026-02-30', '0001-01-01', '9999-12-31', '100000 years', 'PT0S', '15 minutes', 'https://x.example', 'javascript:alert(1)', '<script>', '{{x}}', 'TODO'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.integer(),
);
const value = fc.oneof(leaf, fc.constant([]), fc.constant({}), fc.array(leaf, { maxLength: 3 }), fc.dictionary(fc.constantFrom('id', 'owner', 'title', 'x', '__proto__', 'constructor'), leaf, { maxKeys: 3 }));

type Path = (string | number)[];

function paths(node: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(node)) node.forEach((child, i) => paths(child, [...at, i], out));
  else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) paths(child, [...at, key], out);
  return out;
}

const SAME_KIND: Record<string, unknown[]> = {
  string: ['', ' ', 'x', 'anna', 'constructor', 'toString', '2026-02-30', '0001-01-01', '9999-12-31', '100000 years', 'PT0S', '15 minutes', 'https://x.example', 'javascript:alert(1)', '<script>', '{{x}}', 'TODO', '😀\u202e'],
  number: [0, 1, 2, 3, 4, 5, 6, 2.5, -1, 1e308],
  boolean: [true, false],
};

/**
 * One change to the data tree: a node deleted (kinds 0–1), a list item duplicated (2), a value replaced by another
 * of its own type (3) or by anything (4).
 */
function change(root: unknown, which: number, kind: number, replacement: unknown, pick: number): unknown {
  const all = paths(root).filter((p) => p.length > 0);
  const path = all[which % all.length]!;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  const same = SAME_KIND[typeof parent[last]];
  if (kind <= 1 || (kind === 3 && !same)) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (kind === 2 && Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(parent[last as number]));
  else Object.defineProperty(parent, last, { value: kind === 3 ? same![pick % same!.length] : replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

const mutated = fc
  .tuple(fc.constantFrom(...PLANS), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), value, fc.nat()), { minLength: 1, maxLength: 4 }))
  .map(([plan, changes]) => changes.reduce((tree, [which, kind, replacement, pick]) => change(tree, which, kind, replacement, pick), plan));

describe('changes to the data of a plan, written out as YAML', () => {
  it('never throw, every finding sits inside the file, and a plan without errors goes through every command', () => {
    let reached = 0;
    fc.assert(
      fc.property(mutated, (data) => {
        const text = stringify(data);
        const loaded = loadPlan(text, { today: TODAY });
        const lines = editorLines(Buffer.from(text));
        for (const f of loaded.findings) {
          expect(f.line >= 1 && f.line <= lines.length && f.column >= 1 && f.column <= lines[f.line - 1]!.length + 1, `${f.line}:${f.column} ${f.message}`).toBe(true);
        }
        if (!loaded.plan || loaded.findings.some((f) => f.severity === 'error')) return;
        reached++;
        throughEveryCommand({ ...loaded, plan: loaded.plan }, TODAY);
      }),
      { numRuns: 300, seed: 8 },
    );
    // about one in six changes leaves a plan without errors (a deleted item is often referenced); fewer would prove little
    expect(reached).toBeGreaterThan(30);
  }, PROPERTY_TIMEOUT);
});
