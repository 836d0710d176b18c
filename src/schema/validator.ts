import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { readSchema } from './files.js';

const require = createRequire(import.meta.url);

export type SchemaErrors = ErrorObject[];

/** Standalone validators compiled from the schemas at build time (scripts/build-validators.mjs). */
const PRECOMPILED = fileURLToPath(new URL('./validators.cjs', import.meta.url));
const DEFAULT_SCALE = 5;

interface Precompiled {
  plan: ValidateFunction;
  config: ValidateFunction;
}

const compiled = new Map<string, ValidateFunction>();

function precompiled(): Precompiled | undefined {
  return existsSync(PRECOMPILED) ? (require(PRECOMPILED) as Precompiled) : undefined;
}

/** The plan validator for a risk scale (the scale sets the maximum severity and likelihood), compiled once. */
export function planValidator(scale: number): ValidateFunction {
  const key = `plan:${scale}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = scale === DEFAULT_SCALE ? precompiled()?.plan : undefined;
    if (!validate) {
      const schema = readSchema('plan') as { definitions: { score: { maximum: number } } };
      schema.definitions.score.maximum = scale;
      validate = createAjv().compile(schema);
    }
    compiled.set(key, validate);
  }
  return validate;
}

export function configValidator(): ValidateFunction {
  let validate = compiled.get('config');
  if (!validate) {
    validate = precompiled()?.config ?? createAjv().compile(readSchema('config'));
    compiled.set('config', validate);
  }
  return validate;
}

/** The runtime compiler, with the options the build uses for the standalone validators. */
export function createAjv() {
  // CommonJS packages: createRequire keeps their default export without interop guesswork
  const Ajv = require('ajv') as typeof import('ajv').default;
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { process: appendErrorsInPlace } });
  addFormats(ajv, ['date', 'email', 'uri']);
  return ajv;
}

const CONCAT_ERRORS = /vErrors = vErrors === null \? (\w+)\.errors : vErrors\.concat\(\1\.errors\);/g;

/**
 * Generated validator code with the errors of a `$ref` appended in place. ajv merges them with
 * `vErrors.concat(…)`, copying every earlier error each time: quadratic, so a list of 100,000 wrong items
 * took minutes. The build checks that no concat is left (scripts/build-validators.mjs).
 */
export function appendErrorsInPlace(code: string): string {
  return code.replace(CONCAT_ERRORS, 'if (vErrors === null) vErrors = $1.errors; else for (const e of $1.errors) vErrors.push(e);');
}
