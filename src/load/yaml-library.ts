import { createRequire } from 'node:module';
import type * as YamlLibrary from 'yaml';

const require = createRequire(import.meta.url);
let library: typeof YamlLibrary | undefined;

/**
 * The positional parser, loaded on first use: most runs meet only plain plans, which the fast reader
 * handles, so start-up does not pay for this one.
 */
export function yaml(): typeof YamlLibrary {
  library ??= require('yaml') as typeof YamlLibrary;
  return library;
}
