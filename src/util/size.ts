const UNITS: Record<string, number> = { '': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** "10 MB", "512KB" or a number of bytes; undefined when it is none of these. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = /^([0-9]+(?:\.[0-9]+)?) ?(B|KB|MB|GB)?$/i.exec(value.trim());
  if (!match) return undefined;
  const bytes = Math.round(Number(match[1]) * UNITS[(match[2] ?? '').toUpperCase()]!);
  return bytes > 0 ? bytes : undefined;
}
