import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';

let library: typeof JsYaml | undefined;

/**
 * js-yaml, loaded on first use: the scanner (scan.ts) reads most plans without it, so validating a plain plan
 * does not compile it. The bundled CLI loads it from one file of its own (scripts/bundle.mjs replaces this
 * module there), as it does the `yaml` library.
 */
export function jsYamlLibrary(): typeof JsYaml {
  library ??= createRequire(import.meta.url)('js-yaml') as typeof JsYaml;
  return library;
}
