// Bundles the CLI into a few ESM files (one per lazily loaded command or format), so start-up does not pay
// for resolving and compiling hundreds of small modules. The library (dist/index.js) stays unbundled.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * Data modules written as one large object literal (libphonenumber-js's numbering plans, 83 kB) are bundled as
 * JSON.parse of a string: V8 parses JSON several times faster than the same data as JavaScript, and validate
 * loads the phone metadata on every run.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]libphonenumber-js[\\/]metadata\.min\.json\.js$/ }, ({ path }) => {
      const data = JSON.parse(readFileSync(path.replace(/\.js$/, ''), 'utf8'));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js' };
    });
  },
};

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
  plugins: [jsonAsParse],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins
  banner: { js: "import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);" },
});
copyFileSync('dist/schema/validators.cjs', 'dist/bundle/validators.cjs');
