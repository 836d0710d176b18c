import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readSchema } from '../schema/files.js';

/**
 * Where a new file's `yaml-language-server` modeline points: the schema of the krisplan installed in the project
 * (node_modules/krisplan, found from `dir` upwards, as Node resolves packages) by relative path, so editors
 * check against the version the project runs, offline too; else the schema's published `$id` URL.
 */
export function schemaRef(dir: string, name: 'plan' | 'config'): string {
  const file = `${name}.schema.json`;
  let directory = resolve(dir);
  for (;;) {
    const installed = join(directory, 'node_modules', 'krisplan', 'schemas', file);
    if (existsSync(installed)) return relative(resolve(dir), installed).split(sep).join('/');
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return String(readSchema(name).$id);
}
