import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, writeCorpus, type WrittenCase } from '../../scripts/hostile-corpus.mjs';
import type { Finding } from '../../src/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { editorLines, HANG_MS, HEAP_MB, runBounded, CRASH, type Run } from './run.js';

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
  expect(run.stderr, `${what}: crash or stack trace on stderr`).not.toMatch(CRASH);
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

describe('the whole hostile corpus at once: validate in every format, risks and render', () => {
  const hasErrors = (name: string) => findingsOf.get(name)!.some((f) => f.severity === 'error');
  const FORMATS = ['json', 'stylish', 'github', 'junit', 'sarif'] as const;
  const RENDER = ['html', 'md'] as const;
  let few: WrittenCase[];
  let runs: { validate: Promise<Run[]>; risks: Promise<Run>; render: Promise<Run[]> };

  // every run over the whole corpus starts at once, sharing runBounded's slots, once validate has seen each case
  beforeAll(() => {
    // JSON and the default format read every case; the other reporters, which only format findings, get the small
    // files with fewer than 1,000 (SARIF of 100,000 findings is hundreds of megabytes)
    few = written.filter((w) => findingsOf.get(w.name)!.length < 1000 && statSync(w.file).size < 1024 * 1024);
    const all = written.map((w) => w.file);
    runs = {
      validate: Promise.all(FORMATS.map((format) => runBounded(['validate', ...(format === 'json' || format === 'stylish' ? all : few.map((w) => w.file)), '--format', format, ...TODAY]))),
      risks: runBounded(['risks', ...all, '--format', 'json', ...TODAY, ...RAISED_SIZE]),
      // HTML reads every case; Markdown, which differs only after the view model is built, the small files
      render: Promise.all(RENDER.map((format) => runBounded(['render', ...(format === 'html' ? all : few.map((w) => w.file)), '--out', join(dir, `out-${format}`), '--format', format, ...TODAY, ...RAISED_SIZE]))),
    };
  });

  it('validate has run every case first', () => {
    expect([...findingsOf.keys()].sort()).toEqual(cases.map((c) => c.name).sort());
  });

  it('validate in every format over the whole corpus: well formed, exit 1, and the same findings as each file alone', async () => {
    const done = await runs.validate;
    const count = (cases: readonly WrittenCase[]) => cases.reduce((sum, w) => sum + (w.name === 'deep-block-map' ? 1 : findingsOf.get(w.name)!.length), 0);
    FORMATS.forEach((format, i) => {
      const run = done[i]!;
      expectWellBehaved(run, `validate --format ${format}`);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toBe('');
      // one line per finding or row: no message may break the format with a line break of its own
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028\u2029]/);
    });
    const [json, stylish, github, junit, sarif] = done.map((run) => run.stdout) as [string, string, string, string, string];
    const together = (JSON.parse(json) as { files: { file: string; findings: Finding[] }[] }).files;
    // deep-block-map is checked alone with a raised size limit; together, at the default, it is too big
    for (const w of written.filter((c) => !c.config)) expect(together.find((f) => f.file === w.file)?.findings, w.name).toEqual(findingsOf.get(w.name));
    expect(stylish).toContain(`✖ ${count(written)} problems (`);
    expect(github.trimEnd().split('\n')).toHaveLength(count(few));
    for (const line of github.trimEnd().split('\n')) expect(line).toMatch(/^::(?:error|warning) file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::/);
    expect(XMLValidator.validate(junit)).toBe(true);
    expect((JSON.parse(sarif) as { runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(count(few));
  }, WAIT_MS);

  it('risks: a register for the readable plans, one line on stderr for each plan with errors, exit 1', async () => {
    const run = await runs.risks;
    expectWellBehaved(run, 'risks');
    expect(run.status).toBe(1);
    const complaints = run.stderr.trimEnd().split('\n');
    const withErrors = written.filter((w) => hasErrors(w.name));
    expect(complaints).toHaveLength(withErrors.length);
    for (const w of withErrors) expect(complaints).toContainEqual(expect.stringMatching(new RegExp(`^krisplan: ${escape(w.file)} has \\d+ errors?; `)));
    const rows = JSON.parse(run.stdout) as { file: string; id: string }[];
    for (const w of written.filter((c) => !hasErrors(c.name))) expect(rows.map((row) => row.file)).toContain(w.file);
  }, WAIT_MS);

  it('render --format html (every case) and md (the small ones): a handbook for exactly the plans without errors, the findings of the others on stderr, exit 1', async () => {
    const done = await runs.render;
    RENDER.forEach((format, i) => {
      const run = done[i]!;
      expectWellBehaved(run, `render ${format}`);
      expect(run.status).toBe(1);
      const given = format === 'html' ? written : few;
      const clean = given.filter((w) => !hasErrors(w.name)).map((w) => `${w.name}.${format}`);
      expect(readdirSync(join(dir, `out-${format}`)).sort()).toEqual(clean.sort());
      for (const w of given.filter((c) => hasErrors(c.name))) expect(run.stderr).toContain(`krisplan: ${w.file} has `);
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    });
  }, WAIT_MS);
});

describe('the plans of the corpus without errors through every other command', () => {
  const clean = () => written.filter((w) => !findingsOf.get(w.name)!.some((f) => f.severity === 'error'));

  it('due (every format) and calendar over all of them at once, site and contacts for each: exit 0, output written', async () => {
    const files = clean().map((w) => w.file);
    expect(files.length).toBeGreaterThan(5);
    const runs = await Promise.all([
      ...(['table', 'json', 'md'] as const).map((format) => runBounded(['due', ...files, '--within', '1y', '--format', format, ...TODAY, ...RAISED_SIZE])),
      runBounded(['calendar', ...files, ...TODAY, ...RAISED_SIZE]),
      ...clean().flatMap((w) => [
        runBounded(['site', w.file, '--out', join(dir, 'site', w.name), ...TODAY, ...RAISED_SIZE]),
        runBounded(['contacts', w.file, '--format', 'csv', ...TODAY, ...RAISED_SIZE]),
      ]),
    ]);
    for (const run of runs) {
      expectWellBehaved(run, 'due, calendar, site or contacts');
      expect(run.status, run.stderr).toBe(0);
    }
    expect(runs[3]!.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    // every date is eight digits (date-extremes ends on 9999-12-31)
    const dates = runs[3]!.stdout.match(/^DT(?:START|END);VALUE=DATE:.*$/gm) ?? [];
    expect(dates.length).toBeGreaterThan(0);
    for (const line of dates) expect(line).toMatch(/^DT(?:START|END);VALUE=DATE:\d{8}$/);
    for (const w of clean()) expect(readdirSync(join(dir, 'site', w.name))).toContain('index.html');
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
