import { describe, expect, it } from 'vitest';
import { frequencyMinutes, KEYWORDS, readFrequency } from '../../src/model/frequency.js';

const HOUR = 60;
const DAY = 24 * HOUR;

describe('backup frequency in words', () => {
  const cases: [string, number | undefined][] = [
    ['daily', DAY], ['nightly', DAY], ['hourly', HOUR], ['continuous', 0], ['weekly', 7 * DAY], ['monthly', 30 * DAY],
    ['kontinuerlig', 0], ['varje timme', HOUR], ['dagligen', DAY], ['varje natt', DAY], ['varje vecka', 7 * DAY], ['varje månad', 30 * DAY],
    ['4 hours', 4 * HOUR], ['PT4H', 4 * HOUR], ['P1D', DAY], ['15 minuter', 15],
    ['every 15 minutes', 15], ['every two hours', 2 * HOUR], ['every 6 hrs', 6 * HOUR], ['Every night at 02:00', DAY],
    ['var 15:e minut', 15], ['var 4:e timme', 4 * HOUR], ['var femte minut', 5], ['varje kvart', 15], ['varannan dag', 2 * DAY],
    ['twice a day', 12 * HOUR], ['två gånger per dygn', 12 * HOUR], ['4 ggr/dag', 6 * HOUR],
    ['on every change', 0], ['Vid varje ändring (replikering)', 0],
    // a compound text runs as often as its most frequent part
    ['transaktionslogg var 15:e minut, full kopia varje natt', 15],
    ['Transaction log every 15 minutes, full copy nightly', 15],
    ['continuous, plus a nightly snapshot', 0],
    ['weekly full, daily incremental', DAY],
    // a retention period is not a frequency
    ['hourly snapshots kept for 30 days', HOUR],
    ['some text nobody can read', undefined], ['manual', undefined], ['when someone remembers', undefined],
  ];
  for (const [text, minutes] of cases) {
    it(`${JSON.stringify(text)} → ${minutes ?? 'unreadable'}`, () => expect(frequencyMinutes(text)).toBe(minutes));
  }
});

describe('the keyword shortcut', () => {
  it.each(Object.entries(KEYWORDS))('%s reads as the full reading reads it', (keyword, minutes) => {
    expect(readFrequency(keyword)).toBe(minutes);
    for (const written of [keyword.toUpperCase(), ` ${keyword.replace(/ /g, '  ')} `, keyword.replace(/^./, (c) => c.toUpperCase())]) {
      expect(frequencyMinutes(written), written).toBe(readFrequency(written));
    }
  });
});
