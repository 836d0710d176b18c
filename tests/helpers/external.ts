import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'vitest';
import { findChrome } from '../../src/render/index.js';

/**
 * Programs from outside npm that some tests hand outputs to. On a machine with only Node and npm those tests are
 * skipped, each with one line naming the program and how to install it (printed by tests/helpers/skip-reporter.ts);
 * with KRISPLAN_REQUIRE_EXTERNAL=1 (set by .ci/run, which installs them all) a missing program fails instead.
 */
export type Program =
  | 'chromium'
  | 'pdfinfo'
  | 'java'
  | 'vnu'
  | 'xmllint'
  | 'pre-commit'
  | 'python-icalendar'
  | 'python-vobject'
  | 'sarif-multitool'
  | 'tmux'
  | 'git';

/** What each test gets for a program: the command to run it (program first, then arguments to put before the test's own). */
export type Command = readonly [string, ...string[]];

/** Marks the note of a test skipped for a missing program, so the reporter can pick those out. */
export const SKIP_MARK = 'needs ';

const require = createRequire(import.meta.url);
const PYTHONS = ['/usr/bin/python3', 'python3'];

interface Probe {
  install: string;
  find(): Command | undefined;
}

const PROBES: Record<Program, Probe> = {
  chromium: {
    install: 'apt-get install chromium (or Google Chrome), or set KRISPLAN_CHROME to its path',
    find: () => {
      try {
        return [findChrome()];
      } catch {
        return undefined;
      }
    },
  },
  pdfinfo: { install: 'apt-get install poppler-utils', find: () => (runs('pdfinfo', ['-v']) && runs('pdftotext', ['-v']) ? ['pdfinfo'] : undefined) },
  java: { install: 'apt-get install default-jre-headless', find: () => (runs('java', ['-version']) ? ['java'] : undefined) },
  vnu: {
    install: 'apt-get install default-jre-headless (Java for the npm package vnu-jar, a dev dependency)',
    find: () => {
      const jar = packageFile('vnu-jar', 'build/dist/vnu.jar');
      return jar !== undefined && runs('java', ['-jar', jar, '--version']) ? ['java', '-jar', jar] : undefined;
    },
  },
  xmllint: { install: 'apt-get install libxml2-utils', find: () => (runs('xmllint', ['--version']) ? ['xmllint'] : undefined) },
  'pre-commit': { install: 'apt-get install pre-commit (or pipx install pre-commit)', find: () => (runs('pre-commit', ['--version']) ? ['pre-commit'] : undefined) },
  'python-icalendar': { install: 'apt-get install python3-icalendar (or pip install icalendar)', find: () => python('icalendar') },
  'python-vobject': { install: 'apt-get install python3-vobject (or pip install vobject)', find: () => python('vobject') },
  'sarif-multitool': {
    install: 'npm install (the dev dependency @microsoft/sarif-multitool, with its platform package)',
    find: () => {
      const binary = packageFile(`@microsoft/sarif-multitool-${process.platform}`, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
      if (binary === undefined) return undefined;
      // npm 11 runs no install scripts of dependencies, and the package's own script is what makes the binary executable
      if (!isExecutable(binary)) {
        try {
          chmodSync(binary, statSync(binary).mode | 0o100);
        } catch {
          return undefined;
        }
      }
      return runs(binary, ['--version']) ? [binary] : undefined;
    },
  },
  tmux: { install: 'apt-get install tmux', find: () => (runs('tmux', ['-V']) ? ['tmux'] : undefined) },
  git: { install: 'apt-get install git', find: () => (runs('git', ['--version']) ? ['git'] : undefined) },
};

const found = new Map<Program, Command | undefined>();

/** The command for a program, or undefined when it is not installed. */
export function findExternal(program: Program): Command | undefined {
  if (!found.has(program)) found.set(program, PROBES[program].find());
  return found.get(program);
}

export function installHint(program: Program): string {
  return PROBES[program].install;
}

export function isExternalRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KRISPLAN_REQUIRE_EXTERNAL === '1' || env.KRISPLAN_REQUIRE_EXTERNAL === 'true';
}

/**
 * describe() for tests that need programs from outside npm: the body runs when all of them are installed and gets
 * their commands; otherwise the group is one skipped test (one line in the run: what is missing and how to install
 * it), or one failing test when KRISPLAN_REQUIRE_EXTERNAL=1.
 */
export function describeWith<P extends Program>(programs: readonly P[], name: string, body: (commands: Record<P, Command>) => void): void {
  const missing = programs.filter((program) => findExternal(program) === undefined);
  if (missing.length === 0) {
    const commands = Object.fromEntries(programs.map((program) => [program, findExternal(program)!])) as Record<P, Command>;
    describe(name, () => body(commands));
    return;
  }
  const note = `${SKIP_MARK}${missing.map((program) => `${program}: ${installHint(program)}`).join('; ')}`;
  describe(name, () => {
    if (isExternalRequired()) {
      it(`has ${missing.join(', ')}`, () => {
        throw new Error(`KRISPLAN_REQUIRE_EXTERNAL is set and this test ${note}, which is not installed`);
      });
    } else {
      it(`has ${missing.join(', ')}`, (context) => context.skip(note));
    }
  });
}

function runs(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  return result.error === undefined && result.status === 0;
}

function python(module: string): Command | undefined {
  // Debian's python3 has the Debian modules; a pyenv or venv python3 earlier on PATH usually has not
  const chosen = process.env.KRISPLAN_PYTHON;
  for (const python of chosen ? [chosen] : PYTHONS) {
    if ((python.includes('/') && !existsSync(python)) || !runs(python, ['-c', `import ${module}`])) continue;
    return [python];
  }
  return undefined;
}

function packageFile(name: string, file: string): string | undefined {
  try {
    const path = join(dirname(require.resolve(`${name}/package.json`)), file);
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
