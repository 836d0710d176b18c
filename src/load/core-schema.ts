import type * as JsYaml from 'js-yaml';
import { BOOL, FLOAT, INT, NULL, NUMBER_START, toNumber } from './core-scalars.js';
import { jsYamlLibrary } from './js-yaml-library.js';

/**
 * js-yaml's scalars made to resolve exactly as `yaml`'s YAML 1.2 core schema does (core-scalars.ts). The js-yaml
 * plan reader and the data files the CLI ships (the obligations catalogue) are read with it. Built on first
 * use, since js-yaml itself is loaded only then.
 */
let schema: JsYaml.Schema | undefined;

export function coreSchema(): JsYaml.Schema {
  if (schema) return schema;
  const jsyaml = jsYamlLibrary();
  const numberType = (tag: string, pattern: RegExp) =>
    new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && NUMBER_START.test(data) && pattern.test(data),
      construct: (data: string) => toNumber(data),
    });
  schema = jsyaml.FAILSAFE_SCHEMA.extend({
    implicit: [
      new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data: unknown) => data === null || (typeof data === 'string' && NULL.test(data)), construct: () => null }),
      new jsyaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data: unknown) => typeof data === 'string' && BOOL.test(data), construct: (data: string) => /^[Tt]/.test(data) }),
      numberType('int', INT),
      numberType('float', FLOAT),
    ],
  });
  return schema;
}
