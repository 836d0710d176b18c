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

export const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data: unknown) => data === null || (typeof data === 'string' && /^(?:~|[Nn]ull|NULL)?$/.test(data)), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data: unknown) => typeof data === 'string' && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data), construct: (data: string) => /^[Tt]/.test(data) }),
    numberType('int', INT),
    numberType('float', FLOAT),
  ],
});
