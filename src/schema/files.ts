import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export function schemaPath(name: 'plan' | 'config' | 'incident'): string {
  return `${SCHEMA_DIR}${name}.schema.json`;
}

/** A fresh copy of a shipped JSON Schema. */
export function readSchema(name: 'plan' | 'config' | 'incident'): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as Record<string, unknown>;
}
