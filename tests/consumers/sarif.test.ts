import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';
import { krisplan, outputFolder, planSets, read } from './outputs.js';

// GitHub's rules (GH…) are off unless a policy turns them on: this one does, as errors
const GITHUB_POLICY = join(ROOT, 'tests/fixtures/consumers/sarif-github.config.xml');

interface SarifResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
}

describeWith(['sarif-multitool'], "the SARIF multitool's validate, with GitHub's rules", ({ 'sarif-multitool': multitool }) => {
  const out = outputFolder();
  const logs: string[] = [];

  /** Runs `validate` over the given logs; returns the results, each as 'RULE file: message'. */
  function validate(files: string[]): string[] {
    const output = join(out, `validation-${logs.length}-${files.length}.sarif`);
    const [command, ...args] = multitool;
    execFileSync(command, [...args, 'validate', ...files, '--rule-kind', 'Sarif;Ghas', '--config', GITHUB_POLICY, '--output', output, '--log', 'ForceOverwrite'], { stdio: 'pipe' });
    const run = JSON.parse(read(output)).runs[0];
    const rules = new Map<string, { messageStrings?: Record<string, { text: string }> }>((run.tool.driver.rules ?? []).map((rule: { id: string }) => [rule.id, rule]));
    return (run.results as SarifResult[]).map((result) => {
      let text = result.message.text ?? rules.get(result.ruleId)?.messageStrings?.[result.message.id ?? '']?.text ?? '';
      (result.message.arguments ?? []).forEach((argument, i) => (text = text.replaceAll(`{${i}}`, argument)));
      return `${result.ruleId} ${result.level ?? ''} ${result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''}: ${text}`;
    });
  }

  beforeAll(() => {
    planSets().forEach((set, i) => {
      for (const [name, args, status] of [['clean', set.plans, 0], ['findings', ['.'], 1]] as const) {
        const log = join(out, `${name}-${i}.sarif`);
        const cwd = name === 'findings' && set.cwd === ROOT ? join(ROOT, 'tests/fixtures/golden') : set.cwd;
        writeFileSync(log, krisplan(['validate', ...args, '--format', 'sarif'], cwd, status));
        logs.push(log);
      }
    });
  });

  it('reports nothing for any log: the examples and plans named with a space, #, % and åäö, with findings and without', () => {
    expect(JSON.parse(read(logs[3]!)).runs[0].results.length).toBeGreaterThan(5);
    expect(validate(logs)).toEqual([]);
  });

  it('rejects a log with a plain path for a uri (the rules are on)', () => {
    const plain = join(out, 'plain-uri.sarif');
    writeFileSync(plain, read(logs[3]!).replaceAll('fel%20%C3%A5%C3%A4%C3%B6%20%23%25.yaml', 'fel åäö #%.yaml'));
    expect(validate([plain]).some((line) => line.startsWith('SARIF1002 error'))).toBe(true);
  });
});
