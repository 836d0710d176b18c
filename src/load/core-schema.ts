import jsyaml from 'js-yaml';

/**
 * js-yaml's scalars made to resolve exactly as `yaml`'s YAML 1.2 core schema does: null, booleans and numbers
 * in their 1.2 spellings only (no binary or underscored numbers, no yes/no, no timestamps). The fast plan
 * reader and the data files the CLI ships (the obligations catalogue) are read with it.
 */

const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

function toNumber(text: string): number | string {
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
const NUMBER_START = /^[0-9+\-.]/;

const numberType = (tag: string, pattern: RegExp) =>
  new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => typeof data === 'string' && NUMBER_START.test(data) && pattern.test(data),
    construct: (data: string) => toNumber(data),
  });

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

export const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data: unknown) => data === null || (typeof data === 'string' && NULL.test(data)), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data: unknown) => typeof data === 'string' && BOOL.test(data), construct: (data: string) => /^[Tt]/.test(data) }),
    numberType('int', INT),
    numberType('float', FLOAT),
  ],
});

/** What a plain scalar means under CORE_SCHEMA, tried in its order: null, boolean, integer, float, else text. */
export function resolveCore(text: string): unknown {
  // most scalars are text: ruled out by their first character (n N ~ t T f F, a digit, a sign, a dot), or empty
  const first = text.charCodeAt(0);
  if (!(first === 0x6e || first === 0x4e || first === 0x7e || first === 0x74 || first === 0x54 || first === 0x66 || first === 0x46 || (first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e || first !== first)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text.charCodeAt(0) === 0x74 || text.charCodeAt(0) === 0x54;
  if (NUMBER_START.test(text) && (INT.test(text) || FLOAT.test(text))) return toNumber(text);
  return text;
}
