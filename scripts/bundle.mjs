// Bundles the CLI into a few ESM files (one per lazily loaded command or format), so start-up does not pay
// for resolving and compiling hundreds of small modules. The library (dist/index.js) stays unbundled.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The `yaml` library is bundled once, on its own, as yaml.cjs. The positional parser needs it only for a plan the
 * fast reader does not take (anchors, tags, syntax errors): src/load/yaml-library.ts requires it on first use, so
 * a run over plain plans never reads or compiles it. The commands that edit YAML (init, close, exercise record …)
 * import it by name: those imports are served by a module that requires the same yaml.cjs, so the library is not
 * bundled a second time into their chunks.
 */
const oneYaml = {
  name: 'one-yaml',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]load[\\/]yaml-library\.js$/ }, () => ({
      contents: "import { createRequire } from 'node:module'; let library; export function yamlLibrary() { return (library ??= createRequire(import.meta.url)('./yaml.cjs')); }",
      loader: 'js',
    }));
    // a CommonJS module, as the library is: esbuild then evaluates it on first use, not when its chunk loads
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'one-yaml' }));
    build.onLoad({ filter: /.*/, namespace: 'one-yaml' }, () => ({ contents: "module.exports = require('./yaml.cjs');", loader: 'js' }));
    build.onResolve({ filter: /^\.\/yaml\.cjs$/, namespace: 'one-yaml' }, () => ({ path: './yaml.cjs', external: true }));
  },
};

/**
 * js-yaml is bundled on its own too, as js-yaml.cjs, and required on first use (src/load/js-yaml-library.ts): the
 * scanner reads most plans without it, so validating a plain plan does not compile it; a config file, or a plan
 * the scanner leaves to js-yaml, loads it.
 */
const lazyJsYaml = {
  name: 'lazy-js-yaml',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]load[\\/]js-yaml-library\.js$/ }, () => ({
      contents: "import { createRequire } from 'node:module'; let library; export function jsYamlLibrary() { return (library ??= createRequire(import.meta.url)('./js-yaml.cjs')); }",
      loader: 'js',
    }));
  },
};

/** What both builds share: Node 20, minified, and module paths as node_modules/… (scripts/check-bundle.mjs). */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // module paths are written into the bundle: keep them as node_modules/… when node_modules is a symlink, so the
  // committed bundle is the same in every checkout (scripts/check-bundle.mjs)
  preserveSymlinks: true,
  logLevel: 'warning',
};

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  ...common,
  // the worker thread of validate is an entry of its own, sharing its chunks with validate (src/engine/parallel.ts)
  entryPoints: { main: 'dist/cli/main.js', 'validate-worker': 'dist/engine/validate-worker.js' },
  outdir: 'dist/bundle',
  splitting: true,
  format: 'esm',
  plugins: [jsonAsParse, oneYaml, lazyJsYaml],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins
  banner: { js: "import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: ['node_modules/yaml/dist/index.js'],
  outfile: 'dist/bundle/yaml.cjs',
  format: 'cjs',
});
await build({
  ...common,
  entryPoints: ['node_modules/js-yaml/index.js'],
  outfile: 'dist/bundle/js-yaml.cjs',
  format: 'cjs',
});
copyFileSync('dist/schema/validators.cjs', 'dist/bundle/validators.cjs');
// the obligations catalogue as JSON, read by validate on every run (src/model/obligations.ts): built by tsc above
const { readCatalogue } = await import('../dist/model/obligations.js');
writeFileSync('dist/bundle/obligations.json', `${JSON.stringify(readCatalogue())}\n`);
