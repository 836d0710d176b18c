// Bundles the CLI into a few ESM files (one per lazily loaded command or format), so start-up does not pay
// for resolving and compiling hundreds of small modules. The library (dist/index.js) stays unbundled.
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['dist/cli/main.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // module paths are written into the bundle: keep them as node_modules/… when node_modules is a symlink, so the
  // committed bundle is the same in every checkout (scripts/check-bundle.mjs)
  preserveSymlinks: true,
  logLevel: 'warning',
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins
  banner: { js: "import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);" },
});
copyFileSync('dist/schema/validators.cjs', 'dist/bundle/validators.cjs');
