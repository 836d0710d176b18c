import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/*
 * Where incidents are kept, apart from reading and writing them (store.ts): validate looks for incident folders on
 * every run, and this module loads neither the YAML writer nor the record schema.
 */

export const RECORD_FILE = 'record.yaml';

/** The incidents folder: the config's `incidents:`, else `incidents/` beside the plan. */
export function incidentsRoot(configured: string | undefined, planFile: string): string {
  return configured ?? join(dirname(resolve(planFile)), 'incidents');
}

/** The incident folders of the plans checked: under the config's `incidents:`, else beside each plan. */
export function incidentsOfPlans(planFiles: readonly string[], configured: string | undefined, cwd = process.cwd()): string[] {
  const roots = configured ? [configured] : [...new Set(planFiles.map((file) => incidentsRoot(undefined, resolve(cwd, file))))];
  return listIncidents(roots);
}

/** Every incident folder (one holding record.yaml) under the roots. */
export function listIncidents(roots: readonly string[]): string[] {
  const found: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      if (existsSync(join(dir, RECORD_FILE))) found.push(dir);
    }
  }
  return found;
}
