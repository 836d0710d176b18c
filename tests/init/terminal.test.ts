import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';

// a fresh plan's to-do list: values to fill in, and playbooks for high risks still to exercise
// a fresh plan: its values to fill in, and nothing exercised yet (its high-risk playbooks, and the people, suppliers and deadlines in them)
const TODO_RULES = new Set(['placeholder', 'unexercised', 'exercise-coverage']);

// A tmux server of our own, so the test never touches the user's sessions
const SOCKET_DIR = tempDir();
const SOCKET = join(SOCKET_DIR, 'tmux.sock');
// 17 questions, then country of establishment, regimes and the GDPR role (issue 16)
const QUESTIONS = 20;

function tmux(...args: string[]): string {
  const result = spawnSync('tmux', ['-S', SOCKET, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

/** Runs `krisplan init` in a real pseudo-terminal; the shell prints EXIT=<status> when it ends. */
function startInit(session: string, cwd: string, args: string[]): { screen(): string; keys(...keys: string[]): void } {
  const quoted = [process.execPath, BIN, 'init', ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '50', '-c', cwd, `env LANG=en_GB.UTF-8 NO_COLOR=1 ${quoted}; echo EXIT=$?; exec sleep 120`);
  return {
    // -J joins lines the terminal wrapped, -S - includes what scrolled off
    screen: () => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session),
    keys: (...keys) => void tmux('send-keys', '-t', session, ...keys),
  };
}

async function waitFor(screen: () => string, done: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const text = screen();
    if (done(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const answered = (text: string) => text.split('\n').filter((line) => line.startsWith('✔ ')).length;
/** The i-th question (0-based) is on screen, waiting for an answer. */
const asking = (i: number) => (text: string) => answered(text) === i && /\n\? [^\n]*\S/.test(`\n${text.split('\n✔ ').at(-1)}`);

describeWith(['tmux'], 'krisplan init in a terminal', () => {
  afterAll(() => {
    spawnSync('tmux', ['-S', SOCKET, 'kill-server']);
    rmSync(SOCKET_DIR, { recursive: true, force: true });
  });

  it('pressing Enter at every question writes a plan that validates', async () => {
    const cwd = tempDir();
    const terminal = startInit('enter', cwd, ['--today', '2026-11-29']);
    for (let i = 0; i < QUESTIONS; i++) {
      await waitFor(terminal.screen, asking(i), `question ${i + 1}`);
      terminal.keys('Enter');
    }
    const screen = await waitFor(terminal.screen, (text) => /^EXIT=\d+$/m.test(text), 'init to end');
    expect(screen).toMatch(/^EXIT=0$/m);
    expect(screen).toContain('✔ Language of the plan and its handbook English (en)');
    expect(screen).toContain('Wrote krisplan.yaml: 7 risks with playbooks');
    expect(screen).toContain('Next steps:');

    const result = runCli(['validate', 'krisplan.yaml', '--format', 'json', '--today', '2026-11-29'], { cwd });
    expect(result.status).toBe(0);
    const findings = JSON.parse(result.stdout).files[0].findings as { rule: string }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => !TODO_RULES.has(f.rule))).toEqual([]);
    expect(readFileSync(join(cwd, 'krisplan.yaml'), 'utf8')).toContain('language: en');
  }, 60_000);

  it('Ctrl-C during the wizard writes nothing and exits 130', async () => {
    const cwd = tempDir();
    const terminal = startInit('ctrl-c', cwd, ['--today', '2026-11-29', '--lang', 'sv']);
    for (let i = 0; i < 3; i++) {
      await waitFor(terminal.screen, asking(i), `question ${i + 1}`);
      terminal.keys('Enter');
    }
    await waitFor(terminal.screen, asking(3), 'question 4');
    terminal.keys('C-c');
    const screen = await waitFor(terminal.screen, (text) => /^EXIT=\d+$/m.test(text), 'init to end');
    expect(screen).toMatch(/^EXIT=130$/m);
    expect(screen).toContain('krisplan: init cancelled; nothing was written');
    expect(existsSync(join(cwd, 'krisplan.yaml'))).toBe(false);
  }, 60_000);
});
