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
 * The positional `yaml` parser is needed only for a plan the fast reader does not take (anchors, tags, syntax
 * errors): it is bundled on its own as yaml.cjs and required on first use (src/load/yaml-library.ts), so a run
 * over plain plans never reads or compiles it. Commands that edit YAML (init, close, …) import it as usual.
 */
const lazyYaml = {
  name: 'lazy-yaml',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]load[\\/]yaml-library\.js$/ }, () => ({
      contents: "import { createRequire } from 'node:module'; let library; export function yamlLibrary() { return (library ??= createRequire(import.meta.url)('./yaml.cjs')); }",
      loader: 'js',
    }));
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
  plugins: [jsonAsParse, lazyYaml],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins
  banner: { js: "import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);" },
});
await build({
  entryPoints: ['node_modules/yaml/dist/index.js'],
  outfile: 'dist/bundle/yaml.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  preserveSymlinks: true,
  logLevel: 'warning',
});
copyFileSync('dist/schema/validators.cjs', 'dist/bundle/validators.cjs');
// the obligations catalogue as JSON, read by validate on every run (src/model/obligations.ts): built by tsc above
const { readCatalogue } = await import('../dist/model/obligations.js');
writeFileSync('dist/bundle/obligations.json', `${JSON.stringify(readCatalogue())}\n`);
