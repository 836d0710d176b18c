import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Config } from '../config/types.js';
import { loadPlan } from '../engine/validate.js';
import type { Plan } from '../model/plan.js';
import type { LoadedIncident } from './record.js';

/** Which plan an incident is read with, and why, in one line for the crisis lead when it is not simply the current one. */
export interface PlanOfIncident {
  /** the plan as it was at activation when that version is known, else the plan as it is now */
  plan: Plan;
  /** the plan file as it is now: close writes the evaluation into it */
  file: string;
  /** the plan as it is now, when it reads as a plan (the evaluations are looked for in it) */
  current?: Plan;
  version: 'activation' | 'current';
  /** one line when the plan changed since activation, or the activation version cannot be read; else undefined */
  note?: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The plan an incident was activated from: its bytes at the recorded commit (`git show <commit>:./<file>`), so a
 * step or deadline changed in the plan after activation does not change the incident that is running. The record's
 * `plan_sha256` says which bytes were used; where they are the current file's, or the commit cannot be read (no
 * git, a shallow clone, a plan never committed), the current plan is used, with a note saying so.
 */
export function planOfIncident(incident: LoadedIncident, config: Config): PlanOfIncident | undefined {
  const { record } = incident;
  const file = resolve(incident.dir, record.plan);
  const currentBytes = readOrUndefined(file);
  const current = currentBytes ? loadPlan(currentBytes, { config }).plan : undefined;
  const currentHash = currentBytes ? sha256(currentBytes) : undefined;
  const short = record.commit?.slice(0, 7);
  const asNow = (note?: string): PlanOfIncident | undefined => (current ? { plan: current, file, current, version: 'current', ...(note ? { note } : {}) } : undefined);
  if (record.plan_sha256 !== undefined && record.plan_sha256 === currentHash) return asNow();
  if (record.commit === undefined) {
    // activated outside git: only the fingerprint, if any, can tell a change
    return asNow(record.plan_sha256 !== undefined ? 'the plan changed since activation and no commit was recorded (it was not in git); using the plan as it is now' : undefined);
  }
  const committed = showAt(record.commit, file);
  if (committed === undefined) return asNow(`the plan's commit at activation (${short}) is not in this repository (no git, or a shallow clone); using the plan as it is now`);
  const committedHash = sha256(committed);
  if (record.plan_sha256 !== undefined && record.plan_sha256 !== committedHash) {
    return asNow(`the plan had changes not committed at activation (commit ${short}) and has changed since; using the plan as it is now`);
  }
  if (committedHash === currentHash) return asNow();
  const then = loadPlan(committed, { config }).plan;
  if (!then) return asNow(`the plan at activation (commit ${short}) no longer reads as a plan; using the plan as it is now`);
  return { plan: then, file, ...(current ? { current } : {}), version: 'activation', note: `the plan changed since activation; showing it as it was then (commit ${short})` };
}

function readOrUndefined(file: string): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The file's bytes at a commit; undefined without git, without the commit, or without the file in it. */
function showAt(commit: string, file: string): Uint8Array | undefined {
  try {
    // `./name` is read relative to the working directory, so a plan in a subfolder of the repository is found
    return execFileSync('git', ['show', '--no-textconv', `${commit}:./${basename(file)}`], { cwd: dirname(file), stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}
