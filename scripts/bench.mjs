// npm run bench: start-up and throughput of krisplan on this machine, side by side with bare Node, the YAML
// parser alone (the floor) and ajv-cli (a plain schema validator). Numbers go to docs/performance.md by hand.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
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

const FLOOR = `
const { readdirSync, readFileSync } = require('node:fs');
const { LineCounter, parseDocument } = require(${JSON.stringify(join(ROOT, 'node_modules', 'yaml'))});
const dir = process.argv[1];
for (const name of readdirSync(dir)) parseDocument(readFileSync(dir + '/' + name, 'utf8'), { lineCounter: new LineCounter() });
`;

function run(args, { cwd = ROOT } = {}) {
  const rssFile = join(tmpdir(), `krisplan-bench-rss-${process.pid}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', RSS_HOOK, ...args], { cwd, env: { ...process.env, KRISPLAN_BENCH_RSS: rssFile, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  rmSync(rssFile, { force: true });
  return { seconds, rss };
}

/** Runs each case in turn, round after round, so a busy moment on the machine hits every case alike. */
function measure(cases, rounds, options) {
  const samples = cases.map(() => []);
  for (let round = 0; round < rounds; round++) cases.forEach(([, args], i) => samples[i].push(run(args, options)));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return cases.map(([name], i) => ({ name, seconds: median(samples[i].map((s) => s.seconds)), rss: Math.max(...samples[i].map((s) => s.rss)) }));
}

function table(rows, baseline, baselineName) {
  const lines = [`| case | median | × ${baselineName} | peak RSS |`, '| --- | ---: | ---: | ---: |'];
  for (const row of rows) {
    lines.push(`| ${row.name} | ${(row.seconds * 1000).toFixed(0)} ms | ${(row.seconds / baseline).toFixed(2)} | ${(row.rss / 1024 / 1024).toFixed(0)} MB |`);
  }
  return lines.join('\n');
}

console.log(`krisplan benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);

const startup = measure(
  [
    ['node -e 0', ['-e', '0']],
    ['krisplan --version', [BIN, '--version']],
    ['krisplan validate examples/saas.yaml', [BIN, 'validate', 'examples/saas.yaml']],
  ],
  STARTUP_RUNS,
);
console.log(`Start-up (median of ${STARTUP_RUNS} runs each)\n`);
console.log(table(startup, startup[0].seconds, 'node -e 0'));

const dir = mkdtempSync(join(tmpdir(), 'krisplan-bench-'));
try {
  generatePlans(join(dir, 'plans'), PLANS, 1);
  const lines = readFileSync(join(dir, 'plans', 'plan-0000.yaml'), 'utf8').split('\n').length - 1;
  const throughput = measure(
    [
      ['floor: yaml parseDocument + LineCounter only', ['-e', FLOOR, join(dir, 'plans')]],
      ['krisplan validate plans/', [BIN, 'validate', 'plans', '--today', '2026-11-29']],
      ['ajv-cli validate (schema only)', [AJV, 'validate', '-s', join(ROOT, 'schemas', 'plan.schema.json'), '-d', 'plans/*.yaml', '-c', 'ajv-formats', '--spec=draft7', '--all-errors']],
    ],
    THROUGHPUT_RUNS,
    { cwd: dir },
  );
  console.log(`\nThroughput: ${PLANS} generated plans of ${lines} lines (scripts/generate-plans.mjs, seed 1), median of ${THROUGHPUT_RUNS} runs\n`);
  console.log(table(throughput, throughput[0].seconds, 'floor'));
  const [, krisplan, ajv] = throughput;
  console.log(`\nkrisplan / ajv-cli: ${(krisplan.seconds / ajv.seconds).toFixed(2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
