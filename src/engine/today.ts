import { KrisplanError } from '../errors.js';
import { localToday, parseDate, type DayNumber } from '../model/dates.js';

/**
 * The one conversion of "today": a day number as given, a date YYYY-MM-DD, or (absent or empty) the local date.
 * `name` is what the user wrote it as (`--today`, `KRISPLAN_TODAY`, the library's `today` option), for the message.
 */
export function toDay(value: string | DayNumber | undefined, name = 'today'): DayNumber {
  if (typeof value === 'number') return value;
  if (value === undefined || value === '') return localToday();
  const day = parseDate(value);
  if (day === undefined) throw new KrisplanError(`${name} must be a date YYYY-MM-DD, not "${value}"`);
  return day;
}

export interface Today {
  today: DayNumber;
  /** given by `--today` or KRISPLAN_TODAY: then outputs carry no clock time and are reproducible */
  isFixed: boolean;
}

/** `--today`, else KRISPLAN_TODAY, else the local date. */
export function resolveToday(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Today {
  if (flag !== undefined) return { today: toDay(flag, '--today'), isFixed: true };
  const value = env.KRISPLAN_TODAY ?? '';
  return { today: toDay(value, 'KRISPLAN_TODAY'), isFixed: value !== '' };
}
