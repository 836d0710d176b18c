import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseYaml } from '../../src/load/parse.js';
import { rules } from '../../src/rules/index.js';
import type { Finding } from '../../src/types.js';
import { loadPlan } from '../../src/engine/validate.js';
import { defaultAnswers } from '../../src/init/answers.js';
import { buildPlanYaml } from '../../src/init/build.js';
import { loadCatalogue } from '../../src/init/catalogue.js';
import { VALID } from '../../scripts/hostile-corpus.mjs';
import { ROOT } from '../helpers/cli.js';
import { editorLines } from '../hardening/run.js';
import { throughEveryCommand } from './every-command.js';

// hundreds of plans through the whole pipeline, in-process: minutes of CPU when the suite's other workers compete for two cores
const PROPERTY_TIMEOUT = 180_000;

const TODAY = '2026-11-29';
const WEBSHOP = readFileSync(join(ROOT, 'examples/webshop.yaml'), 'utf8');
const SAAS = readFileSync(join(ROOT, 'examples/saas.yaml'), 'utf8');
const RULES = new Set(rules.map((rule) => rule.id));

// values of the wrong type, YAML syntax in odd places, and values rules care about
const VALUES = ['', '~', 'null', '[]', '{}', '[a, b', '{a: 1', '-1', '0', '99', '1e309', '.nan', '0x1F', 'true', 'yes', '"x"', "'x'", '"unterminated', '!!binary AA==', '!!js/function f', '!custom x', '*nobody', '&a x', '2026-02-30', '2026-13-01', '5 fortnights', 'P', 'PT', '|', '>-', '- x', '? x', ': x', '#', '%', '@', '`', 'a: b: c', '<script>', '__proto__', 'constructor', 'anna', 'erik', '"+46 70"', 'a@b.se', 'https://x.se', 'javascript:alert(1)', 'TODO', '\t', '😀', 'é'];

const text = fc.string({ unit: 'grapheme', maxLength: 12 });

/** One edit of the text of a plan: what a careless or hostile editor could do to it. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('swap-values' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('replace-value' as const), line: fc.nat(), value: fc.oneof(fc.constantFrom(...VALUES), text) }),
  fc.record({ kind: fc.constant('insert-text' as const), line: fc.nat(), column: fc.nat(), value: fc.oneof(fc.constantFrom(...VALUES), text) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.constantFrom(-2, -1, 1, 2, '\t') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

const VALUE_LINE = /^(\s*(?:- )?[\w-]+:)( .*)?$/;

function apply(plan: string, edits: readonly Edit[]): string {
  let lines = plan.split('\n');
  for (const e of edits) {
    if (lines.length === 0) break;
    if (e.kind === 'truncate') {
      const joined = lines.join('\n');
      lines = joined.slice(0, e.at % (joined.length + 1)).split('\n');
      continue;
    }
    const i = e.line % lines.length;
    const line = lines[i]!;
    if (e.kind === 'delete-line') lines.splice(i, 1);
    else if (e.kind === 'duplicate-line') lines.splice(i, 0, line);
    else if (e.kind === 'swap-lines') {
      const j = e.other % lines.length;
      [lines[i], lines[j]] = [lines[j]!, line];
    } else if (e.kind === 'swap-values') {
      const j = e.other % lines.length;
      const a = VALUE_LINE.exec(line);
      const b = VALUE_LINE.exec(lines[j]!);
      if (a && b) [lines[i], lines[j]] = [`${a[1]}${b[2] ?? ''}`, `${b[1]}${a[2] ?? ''}`];
    } else if (e.kind === 'replace-value') lines[i] = line.replace(VALUE_LINE, (_, key: string) => `${key} ${e.value}`);
    else if (e.kind === 'insert-text') {
      const at = e.column % (line.length + 1);
      lines[i] = `${line.slice(0, at)}${e.value}${line.slice(at)}`;
    } else if (typeof e.by === 'string') lines[i] = `${e.by}${line}`;
    else lines[i] = e.by > 0 ? `${' '.repeat(e.by)}${line}` : line.replace(new RegExp(`^ {0,${-e.by}}`), '');
  }
  return lines.join('\n');
}

const catalogue = loadCatalogue();
const INIT = (['sv', 'en'] as const).map((lang) => buildPlanYaml({ answers: defaultAnswers(lang, {}, catalogue), catalogue, today: TODAY, schema: 'https://krisplan.dev/schemas/plan.schema.json' }));
// values a plan may hold that stretch what comes after the schema, by the kind of value they replace: the first and
// last dates, intervals past year 9999, odd ids and text
const EDGE = {
  date: ['0001-01-01', '0000-02-29', '9999-12-31', '2026-11-29', '2026-11-30', '1970-01-01'],
  duration: ['1 minute', '100000 years', '99999999999999999999999 days', 'PT0S', 'P1Y2M3W4DT5H6M7S', '12 months'],
  number: ['1', '2', '3', '4', '5'],
  boolean: ['true', 'false'],
  text: ['""', '"{{constructor.constructor}}"', '"javascript:alert(1)"', '"<img src=x onerror=alert(1)>"', '"🔥\u202e"', 'constructor', 'toString', '"| a |"'],
};
const kindOf = (value: string): keyof typeof EDGE =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'date' : /^(\d+ [a-z]+|P[\dTYMWDHS]+)$/.test(value) ? 'duration' : /^\d+$/.test(value) ? 'number' : /^(true|false)$/.test(value) ? 'boolean' : 'text';

/** Replaces the value on line `line` with an edge value of its own kind (a date with a date). */
function replaceEdge(plan: string, line: number, choice: number): string {
  const lines = plan.split('\n');
  const i = line % lines.length;
  const match = VALUE_LINE.exec(lines[i]!);
  const value = match?.[2]?.trim();
  if (!match || !value || /^[|>[{]/.test(value)) return plan;
  const kind = kindOf(value);
  // an id or a reference to one stays as it is: a changed one is an error, and the plan would stop at validate
  if (kind === 'text' && /(?:^|[\s_-])(?:id|owner|deputy|provider|playbook|playbooks|services|depends_on|contact)$/.test(match[1]!.slice(0, -1))) return plan;
  const options = EDGE[kind];
  lines[i] = `${match[1]} ${options[choice % options.length]}`;
  return lines.join('\n');
}

const mutated = fc.record({ plan: fc.constantFrom(WEBSHOP, SAAS), edits: fc.array(edit, { minLength: 1, maxLength: 4 }), crlf: fc.boolean() }).map(({ plan, edits, crlf }) => {
  const result = apply(plan, edits);
  return crlf ? result.replace(/\n/g, '\r\n') : result;
});

/** Mutations of more plans, mostly with values that keep the plan valid, so that many reach the commands after validate. */
const mutatedValid = fc
  .record({
    plan: fc.constantFrom(WEBSHOP, SAAS, VALID, ...INIT),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }),
    edits: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(edit, { maxLength: 1 }) }),
  })
  .map(({ plan, edges, edits }) => ({ before: plan, after: apply(edges.reduce((text, [line, choice]) => replaceEdge(text, line, choice), plan), edits) }));

/** Every finding names a known rule and a place inside the file, as an editor counts lines and columns. */
function expectInside(findings: readonly Finding[], bytes: Uint8Array): void {
  const lines = editorLines(bytes);
  for (const f of findings) {
    expect(RULES.has(f.rule), f.rule).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.line, f.message).toBeGreaterThanOrEqual(1);
    expect(f.line, f.message).toBeLessThanOrEqual(lines.length);
    expect(f.column, f.message).toBeGreaterThanOrEqual(1);
    expect(f.column, f.message).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
  }
}

const modPositions = (findings: readonly Finding[]) =>
  findings.map(({ rule, severity, path, message }) => `${rule} ${severity} ${path} ${message}`).sort();

describe('random mutations of a valid plan', () => {
  it('never throw, and every finding is at a line and column inside the file', () => {
    fc.assert(
      fc.property(mutated, (plan) => {
        const bytes = Buffer.from(plan, 'utf8');
        expectInside(loadPlan(bytes, { today: TODAY }).findings, bytes);
      }),
      { numRuns: 400, seed: 8 },
    );
  }, PROPERTY_TIMEOUT);

  it('nor do random bytes written over the file (invalid UTF-8, NUL, control characters)', () => {
    const flips = fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(WEBSHOP, SAAS), flips, (plan, changes) => {
        const bytes = Buffer.from(plan, 'utf8');
        for (const { at, byte } of changes) bytes[at % bytes.length] = byte;
        expectInside(loadPlan(bytes, { today: TODAY }).findings, bytes);
      }),
      { numRuns: 200, seed: 8 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('the loader', () => {
  it("positions every key and value inside the file, each key's at its text", () => {
    fc.assert(
      fc.property(mutated, (plan) => {
        const parsed = parseYaml(plan, DEFAULT_LIMITS);
        if (parsed.problems.length > 0) return;
        const lines = plan.split(/\r\n|\r|\n/);
        const at = (position: { line: number; column: number }) => {
          expect(position.line).toBeGreaterThanOrEqual(1);
          expect(position.line).toBeLessThanOrEqual(lines.length);
          expect(position.column).toBeGreaterThanOrEqual(1);
          expect(position.column).toBeLessThanOrEqual(lines[position.line - 1]!.length + 1);
          return lines[position.line - 1]!.slice(position.column - 1);
        };
        const walk = (value: unknown, pointer: string) => {
          const rest = at(parsed.source.locate(pointer));
          // a plain scalar starts here (one folded over lines continues on the next); a number too big for a
          // double, or .nan, is kept as the text "Infinity" or "NaN"
          if (typeof value === 'string' && value !== '') {
            const isHere = rest.startsWith(value) || value.startsWith(rest.trimEnd()) || /^["'|>*&!]/.test(rest) || (/^(?:-?Infinity|NaN)$/.test(value) && /^[-+.\d]/.test(rest));
            expect(isHere, `${pointer}: ${rest.slice(0, 40)}`).toBe(true);
          }
          if (value === null || typeof value !== 'object') return;
          for (const [key, child] of Object.entries(value)) {
            const path = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            if (!Array.isArray(value)) {
              const keyText = at(parsed.source.locate(path, 'key'));
              expect(keyText.startsWith(key) || /^["'?]/.test(keyText), `${path}: ${keyText.slice(0, 40)}`).toBe(true);
            }
            walk(child, path);
          }
        };
        walk(parsed.data, '');
      }),
      { numRuns: 200, seed: 8 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('serialised and parsed again', () => {
  it('a plan written out by the yaml library gives the same findings, but for positions', () => {
    fc.assert(
      fc.property(mutated, (plan) => {
        const first = loadPlan(plan, { today: TODAY });
        if (first.data === undefined) return;
        const again = stringify(first.data);
        const second = loadPlan(again, { today: TODAY });
        expect(JSON.stringify(second.data)).toBe(JSON.stringify(first.data));
        expect(modPositions(second.findings)).toEqual(modPositions(first.findings));
      }),
      { numRuns: 200, seed: 8 },
    );
  }, PROPERTY_TIMEOUT);

  it('any data, odd keys and unicode included, reads back as it was written', () => {
    const key = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'x-ext', '1', 'true', '~', '- a', '#', 'a: b'));
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
      list: fc.array(tie('any'), { maxLength: 4 }),
      map: fc.array(fc.tuple(key, tie('any')), { maxLength: 4 }).map((pairs) => {
        const map: Record<string, unknown> = {};
        for (const [k, v] of pairs) Object.defineProperty(map, k, { value: v, enumerable: true, writable: true, configurable: true });
        return map;
      }),
    }));
    fc.assert(
      fc.property(value.map.filter((data) => !Object.prototype.hasOwnProperty.call(data, 'krisplan')), (data) => {
        const plan = { krisplan: 1, ...data };
        const text = stringify(plan);
        const loaded = loadPlan(text, { today: TODAY });
        expect(JSON.stringify(loaded.data)).toBe(JSON.stringify(JSON.parse(JSON.stringify(plan))));
        expect(Object.getPrototypeOf(loaded.data)).toBe(Object.prototype);
      }),
      { numRuns: 300, seed: 8 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('a mutated plan without errors', () => {
  it('goes through every command after validate: register, explain, handbook (HTML and Markdown, both languages), due, calendar, contacts, crisis web and diff', () => {
    let reached = 0;
    fc.assert(
      fc.property(mutatedValid, ({ before, after }) => {
        const loaded = loadPlan(after, { today: TODAY });
        if (!loaded.plan || loaded.findings.some((f) => f.severity === 'error')) return;
        reached++;
        throughEveryCommand({ ...loaded, plan: loaded.plan }, TODAY, loadPlan(before, { today: TODAY }).plan);
      }),
      { numRuns: 300, seed: 8 },
    );
    // most mutants must get this far, or the property proves little
    expect(reached).toBeGreaterThan(100);
  }, PROPERTY_TIMEOUT);
});
