import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, writeCorpus, type WrittenCase } from '../../scripts/hostile-corpus.mjs';
import type { Finding } from '../../src/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { editorLines, HANG_MS, HEAP_MB, runBounded, STACK_TRACE, type Run } from './run.js';

const TODAY = ['--today', '2026-11-29'];
// concurrent tests wait for one of runBounded's slots, so their time includes the runs queued before them
const WAIT_MS = 5 * HANG_MS;
// the largest case (deep-block-map) is 12.5 MB; every other limit stays at its default
const RAISED_SIZE = ['--max-file-size', '20MB'];
const cases = CASES;

let dir: string;
let written: WrittenCase[];
/** validate's findings per case, shared with the risks and render checks */
const findingsOf = new Map<string, Finding[]>();

beforeAll(() => {
  dir = tempDir('krisplan-hostile-');
  written = writeCorpus(join(dir, 'corpus'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectWellBehaved(run: Run, what: string): void {
  expect(run.signal, `${what}: killed (hang or crash)`).toBeNull();
  expect([0, 1, 2], `${what}: exit code`).toContain(run.status);
  expect(run.stderr, `${what}: stack trace on stderr`).not.toMatch(STACK_TRACE);
  expect(run.maxRssMb, `${what}: peak memory in MB`).toBeLessThan(2 * HEAP_MB);
  if (run.status === 2) expect(run.stderr, `${what}: exit 2 is one line`).toMatch(/^krisplan: [^\n]+\n$/);
}

describe.concurrent('the hostile corpus through krisplan validate', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, entry) => {
    const { file, config } = written.find((w) => w.name === name)!;
    const run = await runBounded(['validate', file, '--format', 'json', ...TODAY, ...(config ? ['--config', config] : [])]);
    expectWellBehaved(run, name);
    expect(run.status, `${name}: ${run.stderr}`).toBe(entry.expect.exit);
    expect(run.stderr).toBe('');

    const findings = (JSON.parse(run.stdout) as { files: { findings: Finding[] }[] }).files[0]!.findings;
    findingsOf.set(name, findings);
    expect(findings.some((f) => f.severity === 'error')).toBe(entry.expect.exit === 1);

    // every finding points at a place inside the file, as an editor counts lines and columns
    const lines = editorLines(readFileSync(file));
    for (const f of findings) {
      expect(f.line, `${name}: ${f.rule} ${f.message.slice(0, 80)}`).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(lines.length);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
      expect(f.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
    for (const want of entry.expect.findings ?? []) {
      const match = findings.find(
        (f) => f.rule === want.rule && (want.line === undefined || f.line === want.line) && (want.column === undefined || f.column === want.column) && (!want.message || want.message.test(f.message)),
      );
      expect(match, `${name}: no ${JSON.stringify({ ...want, message: want.message?.source })} among ${JSON.stringify(findings.slice(0, 5))}`).toBeTruthy();
    }
  }, WAIT_MS);
});

describe('the hostile corpus through krisplan risks and render', () => {
  const hasErrors = (name: string) => findingsOf.get(name)!.some((f) => f.severity === 'error');

  it('validate has run every case first', () => {
    expect([...findingsOf.keys()].sort()).toEqual(cases.map((c) => c.name).sort());
  });

  it('risks: a register for the readable plans, one line on stderr for each plan with errors, exit 1', async () => {
    const run = await runBounded(['risks', ...written.map((w) => w.file), '--format', 'json', ...TODAY, ...RAISED_SIZE]);
    expectWellBehaved(run, 'risks');
    expect(run.status).toBe(1);
    const complaints = run.stderr.trimEnd().split('\n');
    const withErrors = written.filter((w) => hasErrors(w.name));
    expect(complaints).toHaveLength(withErrors.length);
    for (const w of withErrors) expect(complaints).toContainEqual(expect.stringMatching(new RegExp(`^krisplan: ${escape(w.file)} has \\d+ errors?; `)));
    const rows = JSON.parse(run.stdout) as { file: string; id: string }[];
    for (const w of written.filter((c) => !hasErrors(c.name))) expect(rows.map((row) => row.file)).toContain(w.file);
  }, WAIT_MS);

  it('render --format html and md: a handbook for exactly the plans without errors, the findings of the others on stderr, exit 1', async () => {
    const formats = ['html', 'md'] as const;
    const runs = await Promise.all(formats.map((format) => runBounded(['render', ...written.map((w) => w.file), '--out', join(dir, `out-${format}`), '--format', format, ...TODAY, ...RAISED_SIZE])));
    formats.forEach((format, i) => {
      const run = runs[i]!;
      expectWellBehaved(run, `render ${format}`);
      expect(run.status).toBe(1);
      const clean = written.filter((w) => !hasErrors(w.name)).map((w) => `${w.name}.${format}`);
      expect(readdirSync(join(dir, `out-${format}`)).sort()).toEqual(clean.sort());
      for (const w of written.filter((c) => hasErrors(c.name))) expect(run.stderr).toContain(`krisplan: ${w.file} has `);
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    });
  }, WAIT_MS);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('every case is documented', () => {
  it('docs/hardening.md lists each case by name', () => {
    const doc = readFileSync(join(ROOT, 'docs/hardening.md'), 'utf8');
    for (const c of cases) expect(doc, c.name).toContain(`\`${c.name}\``);
  });
});
