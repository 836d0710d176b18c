/** Safety limits for reading untrusted plan files. Each can be raised in the config (`limits:`) or by flag. */
export interface Limits {
  /** largest file read, in bytes */
  fileSize: number;
  /** alias (`*name`) expansions per file: stops "billion laughs" documents */
  aliases: number;
  /** nesting depth of mappings and lists */
  depth: number;
  /** keys, list items and scalars per file, aliases counted as what they expand to: bounds time and memory */
  values: number;
  /** plan files one run reads */
  files: number;
}

export const DEFAULT_LIMITS: Limits = {
  fileSize: 10 * 1024 * 1024,
  aliases: 100,
  depth: 64,
  values: 100_000,
  files: 10_000,
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
