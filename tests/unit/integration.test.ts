import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const yamlBlocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Every `krisplan …` command the README's CI snippets run, with GitHub expressions replaced by plain values. */
function krisplanCommands(): string[][] {
  const commands: string[][] = [];
  for (const block of yamlBlocks) {
    for (const match of block.matchAll(/npx krisplan ([^\n>|&]+)/g)) {
      const line = match[1]!.replace(/"[^"]*\$\{\{[^}]*\}\}[^"]*"/g, 'HEAD').replace(/#.*$/, '').trim();
      commands.push(line.split(/\s+/));
    }
  }
  return commands;
}

describe('ready-made integrations', () => {
  it('every YAML snippet in the README parses', () => {
    expect(yamlBlocks.length).toBeGreaterThan(5);
    for (const block of yamlBlocks) expect(() => parse(block)).not.toThrow();
  });

  it('the GitHub Actions workflow validates on push and uploads SARIF', () => {
    const workflow = yamlBlocks.map((block) => parse(block)).find((doc) => doc?.name === 'krisplan');
    expect(workflow.on).toEqual(['push', 'pull_request']);
    const steps = workflow.jobs.validate.steps as { run?: string; uses?: string; with?: Record<string, string> }[];
    expect(steps.some((step) => step.run?.includes('krisplan validate --format sarif --output krisplan.sarif'))).toBe(true);
    expect(steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.sarif_file).toBe('krisplan.sarif');
  });

  it('the GitLab job publishes the JUnit report it writes', () => {
    const job = yamlBlocks.map((block) => parse(block)).find((doc) => doc?.krisplan?.artifacts)?.krisplan;
    const output = /--output (\S+)/.exec(job.script.join('\n'))?.[1];
    expect(job.artifacts.reports.junit).toBe(output);
  });

  it('the pre-commit hook runs a real krisplan command', () => {
    const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hook).toMatchObject({ id: 'krisplan', language: 'node', entry: 'krisplan validate' });
    const result = runCli(hook.entry.split(' ').slice(1).concat(['examples/', '--today', '2026-11-29']));
    expect(result.status).toBe(0);
  });

  it('every krisplan command in the README snippets is accepted by the CLI', () => {
    const commands = krisplanCommands();
    expect(commands.length).toBeGreaterThan(3);
    const out = tempDir();
    for (const args of commands) {
      const withOutput = args.map((arg, i) => (args[i - 1] === '--output' ? join(out, arg) : arg));
      const result = runCli([...withOutput, ...(args[0] === 'validate' ? ['examples/', '--today', '2026-11-29'] : [])]);
      expect(result.stderr, args.join(' ')).not.toMatch(/See 'krisplan/);
      expect([0, 1], args.join(' ')).toContain(result.status);
    }
  });
});
