import type { ErrorObject } from 'ajv';
import { describe } from '../model/describe.js';
import { escapePointer, valueAt } from '../load/pointer.js';
import { closest, quoteList } from '../util/suggest.js';

export interface SchemaHit {
  path: string;
  at: 'value' | 'key';
  message: string;
  /** a known key the user most likely meant, for an unknown key */
  meant?: string;
}

const PATTERN_HINTS: Record<string, string> = {
  id: 'an id: lowercase letters, digits, "-" and "_", starting with a letter or digit',
  contactRef: 'a contact id (lowercase letters, digits, "-" and "_")',
  playbookRef: 'a playbook id (lowercase letters, digits, "-" and "_")',
  duration: 'a duration such as "15 minutes", "6 months", "1 year" or ISO 8601 (P6M, PT2H)',
  frequency: 'a frequency: continuous, hourly, daily, weekly, monthly, or a duration such as "4 hours"',
  phone: 'a phone number with digits, such as "+46 70 123 45 67"',
  url: 'an http(s) URL such as "https://status.example.com"',
};

const FORMAT_HINTS: Record<string, string> = {
  date: 'a real calendar date written YYYY-MM-DD',
  email: 'an e-mail address',
  uri: 'an http(s) URL',
};

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/** Turns validator errors into one hit per real problem, worded for people, at the node concerned. */
export function toSchemaHits(errors: readonly ErrorObject[], data: unknown): SchemaHit[] {
  const hits: SchemaHit[] = [];
  const missing = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const error of errors) {
    // an if/then says only that its `then` failed; the failing keyword (a required key) has its own error
    if (error.keyword === 'if') continue;
    if (error.keyword === 'required') {
      const keys = missing.get(error.instancePath) ?? [];
      keys.push((error.params as { missingProperty: string }).missingProperty);
      missing.set(error.instancePath, keys);
      continue;
    }
    // a key's own error under propertyNames (its pattern) sits at the mapping; the propertyNames error names the key
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
    const hit = toHit(error, data);
    if (!hit) continue;
    const key = `${hit.at}:${hit.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push(hit);
  }
  for (const [path, keys] of missing) {
    const thing = describe(data, path);
    const list = keys.length === 1 ? `key "${keys[0]}"` : `keys ${quoteList(keys)}`;
    hits.push({ path, at: 'value', message: `${thing} lacks the required ${list}; add ${keys.map((k) => `${k}:`).join(' and ')}` });
  }
  return hits;
}

function toHit(error: ErrorObject, data: unknown): SchemaHit | undefined {
  const path = error.instancePath;
  const value = valueAt(data, path);
  const thing = describe(data, path);
  const definition = /#\/definitions\/([^/]+)\/[^/]+$/.exec(error.schemaPath)?.[1] ?? '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parent?.properties ?? {});
      const meant = closest(key, known);
      const owner = describe(data, path);
      const hint = meant ? `did you mean "${meant}"?` : `known keys: ${known.join(', ')} (or an x- key for your own data)`;
      return { path: `${path}/${escapePointer(key)}`, at: 'key', message: `unknown key "${key}" in ${owner}; ${hint}`, ...(meant ? { meant } : {}) };
    }
    case 'propertyNames': {
      const name = (error.params as { propertyName: string }).propertyName;
      return { path: `${path}/${escapePointer(name)}`, at: 'key', message: `"${name}" in ${thing} must be ${PATTERN_HINTS.playbookRef}` };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type);
      return { path, at: 'value', message: `${thing} must be ${TYPE_NAMES[expected] ?? expected}, not ${kindOf(value)}` };
    }
    case 'const':
      if (path === '/krisplan') return { path, at: 'value', message: `krisplan must be 1 (the plan format version), not ${show(value)}` };
      return { path, at: 'value', message: `${thing} must be ${show((error.params as { allowedValue: unknown }).allowedValue)}` };
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const meant = typeof value === 'string' ? closest(value, allowed) : undefined;
      return {
        path,
        at: 'value',
        message: `${thing} must be one of ${allowed.join(', ')}, not ${show(value)}${meant ? `; did you mean "${meant}"?` : ''}`,
      };
    }
    case 'pattern':
      return { path, at: 'value', message: `${thing} must be ${PATTERN_HINTS[definition] ?? `text matching ${(error.params as { pattern: string }).pattern}`}, not ${show(value)}` };
    case 'format': {
      const format = (error.params as { format: string }).format;
      return { path, at: 'value', message: `${thing} must be ${FORMAT_HINTS[format] ?? format}, not ${show(value)}` };
    }
    case 'minimum':
    case 'maximum': {
      const schema = error.parentSchema as { minimum?: number; maximum?: number };
      return { path, at: 'value', message: `${thing} must be from ${schema.minimum} to ${schema.maximum} (the risk scale), not ${show(value)}` };
    }
    case 'minItems':
      return { path, at: 'value', message: `${thing} must not be empty; add at least one item` };
    case 'minLength':
      return { path, at: 'value', message: `${thing} must not be empty` };
    case 'maxLength':
      return { path, at: 'value', message: `${thing} is too long (at most ${(error.params as { limit: number }).limit} characters)` };
    default:
      return { path, at: 'value', message: `${thing} ${error.message ?? 'is not valid'}` };
  }
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${show(value)}`;
  return show(value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}
