// The CLI bundle (dist/bundle) is committed, so that `npm pack` of a git checkout — what pre-commit and
// `npm install -g git+…` do — needs no build and no dev dependencies. Run after `npm run build`: fails when the
// fresh build differs from the committed one (the build is deterministic), and says how to refresh it.
import { execFileSync } from 'node:child_process';

const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist/bundle'], { encoding: 'utf8' }).trimEnd();
if (changed !== '') {
  console.error(`dist/bundle does not match the sources:\n${changed}\nrun \`npm run build\` and commit dist/bundle (git add -A dist/bundle)`);
  process.exit(1);
}
console.log('dist/bundle matches the sources');
