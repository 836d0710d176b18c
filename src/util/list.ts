// Lists whose length the plan decides (with limits.values raised, a million items) never go through a
// spread into a call: `Math.max(...list)` and `push(...list)` pass each item as an argument, and past
// about 100,000 arguments the call overflows the stack ("Maximum call stack size exceeded").

/** The largest number, or undefined for an empty list. */
export function largest(values: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const value of values) if (best === undefined || value > best) best = value;
  return best;
}

/** The smallest number, or undefined for an empty list. */
export function smallest(values: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const value of values) if (best === undefined || value < best) best = value;
  return best;
}

/** Adds the items to the end of target, one by one; returns target. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
