import type { Config } from '../config/types.js';
import { KrisplanError } from '../errors.js';
import { readBounded } from '../load/read.js';
import type { DayNumber } from '../model/dates.js';
import type { Finding } from '../types.js';
import { lintBytes } from './lint.js';

/** What checking a list of plan files takes: plain data, so that a worker thread can be given it as it is. */
export interface FileJob {
  config: Config;
  today: DayNumber;
  /** largest file read, in bytes */
  maxBytes: number;
  /** the files as read (absolute) */
  paths: string[];
  /** the files as the user gave them, for messages */
  shown: string[];
}

/** The findings of one file, or why it could not be read (the run stops there, as on one thread). */
export type FileOutcome = { findings: Finding[] } | { unreadable: string };

/** Reads and checks file `index` of `job`, keeping only its findings. Never throws. */
export function checkFile(job: FileJob, index: number): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readPlanFile(job.paths[index]!, job.shown[index]!, job.maxBytes);
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
  return { findings: lintBytes(bytes, { config: job.config, today: job.today }).findings };
}

export function readPlanFile(path: string, shown: string, maxBytes: number): Uint8Array {
  try {
    return readBounded(path, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KrisplanError(`cannot read ${shown}${code ? ` (${code})` : ''}`, { cause: error });
  }
}
