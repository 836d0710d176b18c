import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { readSchema } from './files.js';

const require = createRequire(import.meta.url);

export type SchemaErrors = ErrorObject[];

const compiled = new Map<number, ValidateFunction>();

/** The plan validator for a risk scale (the scale sets the maximum severity and likelihood), compiled once. */
export function planValidator(scale: number): ValidateFunction {
  let validate = compiled.get(scale);
  if (!validate) {
    const schema = readSchema('plan') as { definitions: { score: { maximum: number } } };
    schema.definitions.score.maximum = scale;
    validate = createAjv().compile(schema);
    compiled.set(scale, validate);
  }
  return validate;
}

export function createAjv() {
  // CommonJS packages: createRequire keeps their default export without interop guesswork
  const Ajv = require('ajv') as typeof import('ajv').default;
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['date', 'email', 'uri']);
  return ajv;
}
