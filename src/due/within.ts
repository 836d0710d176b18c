import { parseDuration, type Duration } from '../model/dates.js';

const SHORT = /^(\d+)\s*(d|w|mo|y)$/i;

/**
 * A look-ahead window: the plan's duration forms (`30 days`, `3 months`, `P30D`) or a short form (`30d`, `2w`,
 * `3mo`, `1y`). A bare `m` is refused: minutes and months are both read that way.
 */
export function parseWithin(value: string): Duration | undefined {
  const text = value.trim();
  const short = SHORT.exec(text);
  if (short) {
    const n = Number(short[1]);
    switch (short[2]!.toLowerCase()) {
      case 'd': return { years: 0, months: 0, days: n, minutes: 0 };
      case 'w': return { years: 0, months: 0, days: n * 7, minutes: 0 };
      case 'mo': return { years: 0, months: n, days: 0, minutes: 0 };
      default: return { years: n, months: 0, days: 0, minutes: 0 };
    }
  }
  return parseDuration(text);
}
