import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// docs/architecture.md: files stay small enough to read in one sitting. A file that grows past the limit is split
// by what its parts do (see how load/parse.ts, cli/main.ts and render/view.ts were split), not trimmed.
const MAX_LINES = 300;
const MAX_MEDIAN = 70;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('file sizes in src/', () => {
  const sizes = sourceFiles(join(ROOT, 'src')).map((path) => ({ file: relative(ROOT, path).split(sep).join('/'), lines: readFileSync(path, 'utf8').split('\n').length - 1 }));

  it(`no file is over ${MAX_LINES} lines`, () => {
    expect(sizes.filter((size) => size.lines > MAX_LINES)).toEqual([]);
  });

  it(`the median file is under ${MAX_MEDIAN} lines`, () => {
    const sorted = sizes.map((size) => size.lines).sort((a, b) => a - b);
    const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    expect(sorted.length).toBeGreaterThan(100);
    expect(median).toBeLessThan(MAX_MEDIAN);
  });
});
