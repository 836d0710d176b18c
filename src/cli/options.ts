import { InvalidArgumentError } from 'commander';
import { parseDate } from '../model/dates.js';
import { parseSize } from '../util/size.js';

// Option parsers for commander. Kept apart from the commands so that parsing argv loads nothing heavy.

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number of 0 or more.');
  return Number(value);
}

export function parseDateOption(value: string): string {
  if (parseDate(value) === undefined) throw new InvalidArgumentError('must be a date YYYY-MM-DD.');
  return value;
}

/** --concurrency: a number of threads (1 or more), `auto` (half the hardware threads) or `off` (one thread), as in ESLint. */
export function parseConcurrency(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) throw new InvalidArgumentError('must be a number of threads (1 or more), auto or off.');
  return Number(value);
}

/** `i/n` with 1 ≤ i ≤ n. */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('must be i/n with 1 ≤ i ≤ n, e.g. 2/4.');
  return { index, count };
}

export function parseSizeOption(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('must be a size such as 20MB, 512KB or a number of bytes.');
  return bytes;
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value) || Number(value) < 1000) throw new InvalidArgumentError('must be a year such as 2027.');
  return Number(value);
}

/** A repeatable option's values, in the order given. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
