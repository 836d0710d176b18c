// npm run bench: start-up and throughput of krisplan on this machine, side by side with bare Node and ajv-cli
// (a plain schema validator) on the same files in the same run. Numbers go to docs/performance.md by hand.
//
// Corpora (scripts/generate-plans.mjs, seed 1, written to a temporary folder and removed): clean plans, plans
// with one warning each, 10 % of plans with an error, and a mix of sizes with one warning each. Every case of
// a table runs once per round, round after round, so a busy moment on a shared machine hits every case alike;
// the table gives medians and the peak RSS of each process.
//
//   BENCH_STARTUP_RUNS (21)  BENCH_THROUGHPUT_RUNS (5)  BENCH_PLANS (1000)  BENCH_FLOOR=1 adds the yaml parser alone
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlans } from './generate-plans.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'krisplan.js');
const AJV = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const RSS_HOOK = join(ROOT, 'scripts', 'bench-rss.cjs');
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 21);
const THROUGHPUT_RUNS = Number(process.env.BENCH_THROUGHPUT_RUNS ?? 5);
const PLANS = Number(process.env.BENCH_PLANS ?? 1000);
const FLOOR_TOO = process.env.BENCH_FLOOR === '1';

const FLOOR = `
const { readdirSync, readFileSync } = require('node:fs');
const { LineCounter, parseDocument } = require(${JSON.stringify(join(ROOT, 'node_modules', 'yaml'))});
const dir = process.argv[1];
for (const name of readdirSync(dir)) parseDocument(readFileSync(dir + '/' + name, 'utf8'), { lineCounter: new LineCounter() });
`;

const CORPORA = [
  ['clean', 'clean plans'],
  ['warning', 'one warning each (stale review)'],
  ['errors', '10 % with an error (severity off the scale)'],
  ['sizes', 'sizes 65 to 2,000 lines, one warning each'],
];

function run(args, { cwd = ROOT } = {}) {
  const rssFile = join(tmpdir(), `krisplan-bench-rss-${process.pid}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', RSS_HOOK, ...args], { cwd, env: { ...process.env, KRISPLAN_BENCH_RSS: rssFile, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  rmSync(rssFile, { force: true });
  return { seconds, rss, status: result.status };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs each case in turn, round after round, so a busy moment on the machine hits every case alike. */
function measure(cases, rounds) {
  const samples = cases.map(() => []);
  for (let round = 0; round < rounds; round++) cases.forEach(({ args, cwd }, i) => samples[i].push(run(args, { cwd })));
  return cases.map((c, i) => ({ ...c, seconds: median(samples[i].map((s) => s.seconds)), rss: Math.max(...samples[i].map((s) => s.rss)), samples: samples[i] }));
}

const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log(`krisplan benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);

const startup = measure(
  [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'krisplan --version', args: [BIN, '--version'] },
    { name: 'krisplan validate examples/saas.yaml', args: [BIN, 'validate', 'examples/saas.yaml'] },
  ],
  STARTUP_RUNS,
);
console.log(`Start-up (median of ${STARTUP_RUNS} interleaved runs each)\n`);
console.log('| case | median | × node -e 0 | peak RSS |\n| --- | ---: | ---: | ---: |');
for (const row of startup) console.log(`| ${row.name} | ${ms(row.seconds)} | ${(row.seconds / startup[0].seconds).toFixed(2)} | ${mb(row.rss)} |`);

const dir = mkdtempSync(join(tmpdir(), 'krisplan-bench-'));
try {
  const lines = {};
  for (const [kind] of CORPORA) {
    const counts = generatePlans(join(dir, kind), PLANS, 1, kind);
    lines[kind] = [Math.min(...counts), median(counts), Math.max(...counts)];
  }
  const cases = [];
  for (const [kind] of CORPORA) {
    const cwd = join(dir, kind);
    cases.push({ kind, tool: 'krisplan', args: [BIN, 'validate', '.', '--today', '2026-11-29'], cwd });
    cases.push({ kind, tool: 'one thread', args: [BIN, 'validate', '.', '--today', '2026-11-29', '--concurrency', 'off'], cwd });
    cases.push({ kind, tool: 'ajv-cli', args: [AJV, 'validate', '-s', join(ROOT, 'schemas', 'plan.schema.json'), '-d', '*.yaml', '-c', 'ajv-formats', '--spec=draft7', '--all-errors'], cwd });
    if (FLOOR_TOO) cases.push({ kind, tool: 'floor', args: ['-e', FLOOR, cwd], cwd });
  }
  const rows = measure(cases, THROUGHPUT_RUNS);
  const of = (kind, tool) => rows.find((r) => r.kind === kind && r.tool === tool);
  console.log(`\nThroughput: ${PLANS} generated plans per corpus (scripts/generate-plans.mjs, seed 1), median of ${THROUGHPUT_RUNS} interleaved runs; the ratio is krisplan / ajv-cli; krisplan runs with its default --concurrency auto, and with --concurrency off (one thread)\n`);
  console.log(`| corpus | lines per plan (min / median / max) | krisplan | ajv-cli | ratio | paired ratio (median) | krisplan peak RSS | ajv-cli peak RSS | one thread | one thread / ajv-cli, paired | one thread peak RSS |${FLOOR_TOO ? ' floor (yaml only) |' : ''}`);
  console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${FLOOR_TOO ? ' ---: |' : ''}`);
  for (const [kind, what] of CORPORA) {
    const k = of(kind, 'krisplan');
    const a = of(kind, 'ajv-cli');
    // the ratio of each round's pair: the two runs of a round stand side by side in time
    const paired = median(k.samples.map((s, i) => s.seconds / a.samples[i].seconds));
    const o = of(kind, 'one thread');
    const onePaired = median(o.samples.map((s, i) => s.seconds / a.samples[i].seconds));
    const floor = FLOOR_TOO ? ` ${ms(of(kind, 'floor').seconds)} |` : '';
    console.log(`| ${what} | ${lines[kind].join(' / ')} | ${ms(k.seconds)} | ${ms(a.seconds)} | ${(k.seconds / a.seconds).toFixed(2)} | ${paired.toFixed(2)} | ${mb(k.rss)} | ${mb(a.rss)} | ${ms(o.seconds)} | ${onePaired.toFixed(2)} | ${mb(o.rss)} |${floor}`);
  }
  const clean = of('clean', 'krisplan');
  const warning = of('warning', 'krisplan');
  console.log(`\nFindings cost (krisplan, one warning each / clean): ${(warning.seconds / clean.seconds).toFixed(2)}; paired: ${median(warning.samples.map((s, i) => s.seconds / clean.samples[i].seconds)).toFixed(2)}`);
  console.log(`Start-up (validate of one plan / node -e 0): ${(startup[2].seconds / startup[0].seconds).toFixed(2)}; paired: ${median(startup[2].samples.map((s, i) => s.seconds / startup[0].samples[i].seconds)).toFixed(2)}`);
  console.log(`Load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
