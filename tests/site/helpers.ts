import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

export const TODAY = '2026-11-29';

/** Builds the site of `plan` into a fresh folder; returns the folder. */
export function buildSite(plan: string, args: string[] = [], options: { cwd?: string } = {}): string {
  const out = tempDir('krisplan-site-');
  const result = runCli(['site', plan, '--out', out, '--today', TODAY, ...args], options);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return out;
}

/** Every file under `dir`, relative, with /, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

export function readAll(dir: string): string {
  return listFiles(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
}
