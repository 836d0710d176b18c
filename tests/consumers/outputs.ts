import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

/**
 * Every output of the examples and of a plan set whose file names hold a space, '#', '%' and 'åäö', made by the
 * built CLI as a user would, for the programs that read them in real life (tests/consumers/*.test.ts).
 */
export const TODAY = '2026-12-01';
export const ODD_NAMES = ['space name.yaml', 'hash#1.yaml', 'pct%.yaml', 'åäö.yaml'];
const EXAMPLES = ['examples/webshop.yaml', 'examples/saas.yaml'];

export interface PlanSet {
  /** folder a command is run in */
  cwd: string;
  /** plans without errors, relative to cwd */
  plans: string[];
  /** plans with findings of every severity, relative to cwd (for validate) */
  broken: string[];
}

let sets: PlanSet[] | undefined;

/**
 * The examples, run from the repository root; and a repository of plans with odd names, run from its plans/
 * folder (so SARIF and GitHub paths are relative to a root above the current folder).
 */
export function planSets(): PlanSet[] {
  if (sets) return sets;
  const repo = tempDir('krisplan consumers #% åäö ');
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const plans = join(repo, 'plans');
  mkdirSync(join(plans, 'broken #%'), { recursive: true });
  ODD_NAMES.forEach((name, i) => copyFileSync(join(ROOT, EXAMPLES[i % 2]!), join(plans, name)));
  copyFileSync(join(ROOT, 'tests/fixtures/golden/broken.yaml'), join(plans, 'broken #%', 'fel åäö #%.yaml'));
  sets = [
    { cwd: ROOT, plans: EXAMPLES, broken: ['tests/fixtures/golden/broken.yaml'] },
    { cwd: plans, plans: ODD_NAMES, broken: ['broken #%/fel åäö #%.yaml'] },
  ];
  return sets;
}

/** Runs the CLI and expects the exit code; returns stdout. */
export function krisplan(args: string[], cwd: string, status = 0): string {
  const result = runCli([...args, '--today', TODAY], { cwd });
  expect({ status: result.status, stderr: result.stderr.slice(0, 2000) }).toMatchObject({ status });
  return result.stdout;
}

/** Every file under dir whose name ends with ext. */
export function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => path.endsWith(ext) && statSync(path).isFile())
    .sort();
}

/** Writes each output into a fresh folder and returns the files, for consumers that read many at once. */
export function outputFolder(): string {
  return tempDir('krisplan-out ');
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

export function shown(path: string, base: string): string {
  return relative(base, path);
}
