import jsyaml from 'js-yaml';
import type { Limits } from './limits.js';

/**
 * A fast reader for the common case: a plain, clean plan. js-yaml parses about ten times faster than `yaml`
 * with positions, but keeps none, so it is only ever used to prove a file clean; a file with any finding is
 * read again by the positional parser. Its scalars are made to resolve exactly as `yaml`'s YAML 1.2 core
 * schema does (no binary or underscored numbers), and anything beyond plain YAML goes the slow way.
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

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data: unknown) => data === null || (typeof data === 'string' && /^(?:~|[Nn]ull|NULL)?$/.test(data)), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data: unknown) => typeof data === 'string' && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data), construct: (data: string) => /^[Tt]/.test(data) }),
    numberType('int', INT),
    numberType('float', FLOAT),
  ],
});

const LINE_STARTS = /^(?:%|[ ]*\?|---|\.\.\.)/m;
const NODE_PROPERTY = /[&*!]/g;
const TOKEN_BEFORE = /[\s:,[{-]/;

/** Whether the text may hold what the fast reader would read differently: anchors, aliases, tags, tabs, directives, several documents, complex keys, prototype keys, suppressions. */
function isPlain(text: string): boolean {
  if (text.includes('\t') || text.includes('<<') || text.includes('__proto__') || text.includes('krisplan-disable') || LINE_STARTS.test(text)) return false;
  NODE_PROPERTY.lastIndex = 0;
  for (let match = NODE_PROPERTY.exec(text); match; match = NODE_PROPERTY.exec(text)) {
    const before = text[match.index - 1];
    const after = text[match.index + 1];
    // `&a`, `*a`, `!tag` at the start of a token; `R&D` and `5 * 3` are text
    if ((before === undefined || TOKEN_BEFORE.test(before)) && after !== undefined && !/\s/.test(after)) return false;
  }
  return true;
}

/** The plan's data, or undefined when the file must be read by the positional parser. */
export function readPlain(text: string, limits: Pick<Limits, 'depth' | 'values'>): unknown {
  if (!isPlain(text) || !isSparse(text, limits.values / 4)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: SCHEMA, json: false });
  } catch {
    return undefined;
  }
  return isWithin(data, limits) ? data : undefined;
}

/**
 * Whether the text has at most `max` line breaks and commas: a denser file would only be read twice. With at
 * most half of limits.values values too (isWithin), such a file stays well within the positional parser's
 * token limit (five per value), so both readers refuse the same files.
 */
function isSparse(text: string, max: number): boolean {
  const separator = /[\n,]/g;
  let count = 0;
  while (separator.test(text)) if (++count > max) return false;
  return true;
}

/**
 * Whether the data nests within limits.depth and holds at most half of limits.values keys and values.
 * The positional parser counts up to two tokens per value (`- x`), so whatever passes here passes there too.
 */
function isWithin(data: unknown, limits: Pick<Limits, 'depth' | 'values'>): boolean {
  let budget = Math.floor(limits.values / 2);
  const walk = (value: unknown, depth: number): boolean => {
    if (--budget < 0) return false;
    if (value === null || typeof value !== 'object') return true;
    if (depth <= 0) return false;
    const isList = Array.isArray(value);
    for (const key in value) {
      if (!isList && --budget < 0) return false;
      if (!walk((value as Record<string, unknown>)[key], depth - 1)) return false;
    }
    return true;
  };
  return walk(data, limits.depth);
}
