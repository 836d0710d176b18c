import { relative, resolve } from 'node:path';
import { resolveConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { KrisplanError } from '../errors.js';
import { localToday, parseDate, type DayNumber } from '../model/dates.js';

export interface CommonOptions {
  config?: string;
  today?: string;
  maxFileSize?: number;
  maxFiles?: number;
}

/** `--today`, else KRISPLAN_TODAY, else the local date. */
export function resolveToday(flag: string | undefined, env = process.env): DayNumber {
  const value = flag ?? env.KRISPLAN_TODAY;
  if (value === undefined || value === '') return localToday();
  const day = parseDate(value);
  if (day === undefined) {
    throw new KrisplanError(`${flag !== undefined ? '--today' : 'KRISPLAN_TODAY'} must be a date YYYY-MM-DD, not "${value}"`);
  }
  return day;
}

export function loadCommonConfig(options: CommonOptions, cwd = process.cwd()): Config {
  const config = resolveConfig(cwd, options.config);
  if (options.maxFileSize !== undefined) config.limits.fileSize = options.maxFileSize;
  if (options.maxFiles !== undefined) config.limits.files = options.maxFiles;
  return config;
}

/** Paths given, else the config's `plans` (shown relative to the working directory), else `.`. */
export function planPaths(paths: string[], config: Config, cwd = process.cwd()): string[] {
  if (paths.length > 0) return paths;
  if (config.plans && config.plans.length > 0) return config.plans.map((pattern) => relative(cwd, resolve(pattern)) || '.');
  return ['.'];
}

export function useColor(stream: NodeJS.WriteStream, env = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

