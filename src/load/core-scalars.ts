/**
 * Plain scalars resolved as `yaml`'s YAML 1.2 core schema resolves them: null, booleans and numbers in their
 * 1.2 spellings only (no binary or underscored numbers, no yes/no, no timestamps). The scanner resolves with
 * resolveCore; js-yaml with coreSchema() (core-schema.ts), built from the same patterns.
 */

export const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
export const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

export function toNumber(text: string): number | string {
  let value: number;
  if (text.startsWith('0o')) value = parseInt(text.slice(2), 8);
  else if (text.startsWith('0x')) value = parseInt(text.slice(2), 16);
  else if (/\.(?:inf|Inf|INF)$/.test(text)) value = text.startsWith('-') ? -Infinity : Infinity;
  else if (/^\.(?:nan|NaN|NAN)$/.test(text)) value = NaN;
  else value = Number(text);
  // as the positional reader does: a number that is not finite is kept as text
  return Number.isFinite(value) ? value : String(value);
}

// a number starts with a digit, a sign or a dot: most scalars are ruled out by their first character
export const NUMBER_START = /^[0-9+\-.]/;

export const NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** What a plain scalar means under the core schema, tried in its order: null, boolean, integer, float, else text. */
export function resolveCore(text: string): unknown {
  // most scalars are text: ruled out by their first character (n N ~ t T f F, a digit, a sign, a dot), or empty
  // and by their length: null is 0, 1 (`~`) or 4 characters, true 4, false 5 (keys such as `name` or `type` are not)
  const first = text.charCodeAt(0);
  const length = text.length;
  if (first === 0x6e || first === 0x4e) return length === 4 && NULL.test(text) ? null : text;
  if (first === 0x74 || first === 0x54) return length === 4 && BOOL.test(text) ? true : text;
  if (first === 0x66 || first === 0x46) return length === 5 && BOOL.test(text) ? false : text;
  if (first === 0x7e) return length === 1 ? null : text;
  if (first !== first) return null;
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) return INT.test(text) || FLOAT.test(text) ? toNumber(text) : text;
  return text;
}
