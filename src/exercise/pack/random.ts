/** A small seeded generator (mulberry32): the same seed gives the same pack on every machine. */
export interface Random {
  /** a number in [0, 1) */
  next(): number;
  /** one of the items */
  pick<T>(items: readonly T[]): T;
  /** a whole number in [low, high] */
  between(low: number, high: number): number;
}

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    between: (low, high) => low + Math.floor(next() * (high - low + 1)),
  };
}
