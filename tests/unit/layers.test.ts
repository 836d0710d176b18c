import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The layering of docs/architecture.md: a file imports only from the layers below its own, from its own folder,
// and from the base modules. Features share a layer and never import each other.
const BASE = ['errors.ts', 'types.ts', 'util/', 'i18n/lang.ts'];
const LAYERS: string[][] = [
  ['load'],
  ['config'],
  ['model'],
  ['schema'],
  ['i18n'],
  ['rules'],
  ['engine'],
  ['report'],
  ['render', 'site', 'due', 'contacts', 'diff', 'init', 'risks', 'edit', 'exercise', 'deadlines'],
  ['cli'],
  ['index.ts'],
];

const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split(sep).join('/')] : [];
  });
}

function isBase(file: string): boolean {
  return BASE.some((base) => (base.endsWith('/') ? file.startsWith(base) : file === base));
}

/** The folder of a file (`rules`), or the file itself for a file at the top of src (`index.ts`). */
function unit(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : file;
}

function layerOf(file: string): number {
  return LAYERS.findIndex((layer) => layer.includes(unit(file)));
}

function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => relative(SRC, resolve(dirname(join(SRC, file)), match[1] ?? match[2]!)).split(sep).join('/').replace(/\.js$/, '.ts'));
}

function violation(from: string, to: string): string | undefined {
  if (isBase(to)) return undefined;
  if (isBase(from)) return `${from} is a base module and may import only base modules, not ${to}`;
  if (unit(from) === unit(to)) return undefined;
  const [a, b] = [layerOf(from), layerOf(to)];
  if (a === b) return `${from} imports ${to}: ${unit(from)}/ and ${unit(to)}/ are sibling features; share through a module below them`;
  if (b > a) return `${from} imports ${to}, which is above it (${unit(to)} is layer ${b}, ${unit(from)} layer ${a})`;
  return undefined;
}

describe('layers (docs/architecture.md)', () => {
  const files = sourceFiles(SRC);

  it('every file of src/ is in a layer or a base module', () => {
    expect(files.filter((file) => !isBase(file) && layerOf(file) === -1)).toEqual([]);
  });

  it('every import points down, within its folder, or at a base module', () => {
    const problems = files.flatMap((file) => importsOf(file, readFileSync(join(SRC, file), 'utf8')).flatMap((to) => violation(file, to) ?? []));
    expect(problems).toEqual([]);
  });

  it('the check sees imports, and would catch an upward or sideways one', () => {
    expect(importsOf('rules/a.ts', "import type { Plan } from '../model/plan.js';\nexport { x } from './b.js';\nconst m = await import('../engine/lint.js');")).toEqual(['model/plan.ts', 'rules/b.ts', 'engine/lint.ts']);
    expect(violation('rules/a.ts', 'engine/lint.ts')).toMatch(/above it/);
    expect(violation('site/page.ts', 'render/markdown.ts')).toMatch(/sibling features/);
    expect(violation('util/a.ts', 'model/plan.ts')).toMatch(/base module/);
    expect(violation('cli/main.ts', 'render/index.ts')).toBeUndefined();
  });

  it('docs/architecture.md names every layer', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    for (const name of [...LAYERS.flat(), ...BASE]) expect(doc, name).toContain(`\`${name.endsWith('.ts') || name.endsWith('/') ? name : `${name}/`}\``);
  });
});
