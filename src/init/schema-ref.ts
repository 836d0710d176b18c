import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { schemaPath } from '../schema/files.js';

/**
 * Where a new file's `yaml-language-server` modeline points, always a file the editor can read offline, by a
 * path relative to the folder the file is written to (the YAML language server resolves it from there): the
 * schema of the krisplan installed in the project (node_modules/krisplan, found from `dir` upwards, as Node
 * resolves packages), so editors check against the version the project runs; else the schema of the krisplan
 * that is running (a global install or a clone). The published `$id` URL is not served, so it is never used.
 */
export function schemaRef(dir: string, name: 'plan' | 'config'): string {
  const file = `${name}.schema.json`;
  let directory = resolve(dir);
  for (;;) {
    const installed = join(directory, 'node_modules', 'krisplan', 'schemas', file);
    if (existsSync(installed)) return relativeRef(dir, installed);
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return relativeRef(dir, schemaPath(name));
}

function relativeRef(dir: string, file: string): string {
  return relative(resolve(dir), file).split(sep).join('/');
}
