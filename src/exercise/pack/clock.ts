/** How the exercise's time is spent, in minutes from its start. */
export interface Schedule {
  duration: number;
  briefing: number;
  /** minutes of play: from `briefing` to `briefing + play` */
  play: number;
  hotWash: number;
  /** the real time, in minutes after detection, that the end of play stands for */
  horizon: number;
}

// a real hour is where the scale turns from near real time to hours per minute
const TURN = 60;

export function schedule(duration: number, horizon: number): Schedule {
  const briefing = Math.max(5, Math.round(duration * 0.1));
  const hotWash = Math.max(10, Math.round(duration * 0.2));
  return { duration, briefing, play: Math.max(1, duration - briefing - hotWash), hotWash, horizon: Math.max(horizon, 1) };
}

/**
 * Minutes of play at which each real time (minutes after detection) falls, on a logarithmic scale: the first
 * minutes of the crisis are played near real time, later hours and days pass faster, and the last inject
 * falls at the end of play. Injects keep their order and stay at least `gap` minutes apart where play allows.
 */
export function compress(realMinutes: readonly number[], plan: Schedule): number[] {
  const scale = Math.log1p(plan.horizon / TURN);
  const raw = realMinutes.map((real) => Math.round((plan.play * Math.log1p(Math.max(0, real) / TURN)) / scale));
  const gap = Math.max(1, Math.min(3, Math.floor(plan.play / Math.max(1, realMinutes.length))));
  const result: number[] = [];
  raw.forEach((minute, i) => result.push(i === 0 ? minute : Math.max(minute, result[i - 1]! + gap)));
  // spacing pushed the last ones past the end of play: pull them back from the end, keeping the gap
  for (let i = result.length - 1; i >= 0; i--) {
    const latest = i === result.length - 1 ? plan.play : result[i + 1]! - gap;
    if (result[i]! > latest) result[i] = Math.max(0, latest);
  }
  return result;
}
