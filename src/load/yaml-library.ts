import { createRequire } from 'node:module';
import type * as YamlLibrary from 'yaml';

let library: typeof YamlLibrary | undefined;

/**
 * The `yaml` library, loaded on first use: most runs meet only plain plans, which the fast reader handles, so
 * start-up does not pay for the positional parser. The bundled CLI loads it from one file of its own
 * (scripts/bundle.mjs replaces this module there), not from node_modules' hundred small ones.
 */
export function yamlLibrary(): typeof YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as typeof YamlLibrary;
  return library;
}
