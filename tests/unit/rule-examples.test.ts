import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { rulePagePath } from '../../src/rules/pages.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { BASE, lint, TODAY } from '../helpers/rules.js';

// The examples of docs/rules/<id>.md are run (the convention is in CONTRIBUTING.md, "Add a rule"):
// - each ```yaml block of "## Failing example" and "## Passing example" is a part of a plan: its top-level keys
//   replace the same keys of the base plan (tests/helpers/rules.ts BASE: plan owner anna, contacts anna and erik,
//   clean on TODAY); a block with a top-level `krisplan:` key is the whole file;
// - a block whose first line is `# incidents/<folder>/<file>.yaml …` is that file of an incident folder beside the plan,
//   and `--now <datetime>` in that line is the time open incidents are checked at;
// - the passing example is laid over the failing one: it shows the fix, the rest stays as the failing example has it.
// The failing example must give at least one finding of the page's rule; the passing one none, and be a readable plan.

interface Block {
  /** the incident file it is, relative to the plan's folder; absent for a part of the plan */
  file?: string;
  now?: string;
  text: string;
}

interface Example {
  plan: string;
  files: Map<string, string>;
  now?: string;
}

function blocks(page: string, heading: string): Block[] {
  const start = page.indexOf(`\n${heading}\n`);
  const end = page.indexOf('\n## ', start + heading.length + 2);
  const section = page.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => {
    const text = match[1]!;
    const first = text.split('\n')[0]!;
    const file = /^# (incidents\/\S+\.yaml)/.exec(first)?.[1];
    const now = /--now (\S+)/.exec(first)?.[1];
    return { ...(file ? { file } : {}), ...(now ? { now } : {}), text };
  });
}

/** The text split at its top-level keys: comments and blank lines go with the key after them. */
function topLevel(text: string): { key: string | undefined; text: string }[] {
  const parts: { key: string | undefined; lines: string[] }[] = [];
  let pending: string[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    const key = /^([A-Za-z_][\w-]*):/.exec(line)?.[1];
    if (key !== undefined) {
      parts.push({ key, lines: [...pending, line] });
      pending = [];
    } else if (parts.length === 0 || line === '' || line.startsWith('#')) pending.push(line);
    else parts[parts.length - 1]!.lines.push(...pending.splice(0), line);
  }
  if (pending.length > 0) parts.push({ key: undefined, lines: pending });
  return parts.map(({ key, lines }) => ({ key, text: `${lines.join('\n')}\n` }));
}

/** `over`'s top-level keys in place of the same keys of `under`, the others after them; a whole file replaces it. */
function layOver(under: string, over: string): string {
  const parts = topLevel(over);
  if (parts.some((part) => part.key === 'krisplan')) return over;
  const byKey = new Map(parts.filter((part) => part.key !== undefined).map((part) => [part.key!, part.text]));
  const kept = topLevel(under).map((part) => (part.key !== undefined && byKey.has(part.key) ? byKey.get(part.key)! : part.text));
  const added = parts.filter((part) => part.key === undefined || !topLevel(under).some((u) => u.key === part.key)).map((part) => part.text);
  return [...kept, ...added].join('');
}

function apply(example: Example, list: Block[]): Example {
  const files = new Map(example.files);
  let { plan, now } = example;
  for (const block of list) {
    if (block.file) files.set(block.file, block.text);
    else {
      // a part of a plan is whole top-level keys: an indented fragment cannot be laid over a plan
      const loose = topLevel(block.text).filter((part) => part.key === undefined && part.text.split('\n').some((line) => line.trim() !== '' && !line.startsWith('#')));
      expect(loose.map((part) => part.text), 'a yaml block of a plan starts at a top-level key').toEqual([]);
      plan = layOver(plan, block.text);
    }
    now = block.now ?? now;
  }
  return { plan, files, ...(now ? { now } : {}) };
}

/** The rule ids found in the example, with the messages of parse and schema findings (a passing example must be readable). */
function check(example: Example): { rules: string[]; unreadable: string[] } {
  if (example.files.size === 0) {
    const findings = lint(example.plan);
    return { rules: findings.map((f) => f.rule), unreadable: findings.filter((f) => f.rule === 'parse' || f.rule === 'schema').map((f) => `${f.line}:${f.column} ${f.message}`) };
  }
  const dir = tempDir('krisplan-rule-example-');
  writeFileSync(join(dir, 'plan.yaml'), example.plan);
  for (const [file, text] of example.files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const args = ['validate', 'plan.yaml', '--format', 'json', '--today', TODAY, ...(example.now ? ['--now', example.now] : [])];
  const result = runCli(args, { cwd: dir });
  expect(result.status, result.stderr).toBeLessThan(2);
  const report = JSON.parse(result.stdout) as { files: { file: string; findings: { rule: string; message: string; line: number; column: number }[] }[] };
  const findings = report.files.flatMap((file) => file.findings.map((f) => ({ ...f, file: file.file })));
  return { rules: findings.map((f) => f.rule), unreadable: findings.filter((f) => f.rule === 'parse' || f.rule === 'schema').map((f) => `${f.file} ${f.line}:${f.column} ${f.message}`) };
}

describe('the examples of the rule pages (docs/rules/<id>.md) do what they say', () => {
  const base: Example = { plan: BASE, files: new Map() };

  it('the base plan the examples are laid over is clean', () => {
    expect(lint(BASE)).toEqual([]);
  });

  it('a part of a plan replaces the keys it has and adds the others; comments go with the key after them', () => {
    const under = 'krisplan: 1\nplan:\n  title: A\ncontacts:\n  - id: anna\n';
    expect(layOver(under, '# who\ncontacts:\n  - id: erik\nrisks: []\n')).toBe('krisplan: 1\nplan:\n  title: A\n# who\ncontacts:\n  - id: erik\nrisks: []\n');
    expect(layOver(under, 'krisplan: 1\nplan: {}\n')).toBe('krisplan: 1\nplan: {}\n');
    expect(topLevel('    - id: db\n      owner: erik\n')).toEqual([{ key: undefined, text: '    - id: db\n      owner: erik\n' }]);
  });

  it.each(rules.map((rule) => [rule.id] as const))('%s', (id) => {
    const page = readFileSync(join(ROOT, rulePagePath(id)), 'utf8');
    const failing = apply(base, blocks(page, '## Failing example'));
    const passing = apply(failing, blocks(page, '## Passing example'));
    const before = check(failing);
    expect(before.rules, `the failing example gives a finding of ${id}; the plan it makes:\n${failing.plan}`).toContain(id);
    if (id !== 'parse') expect(before.rules, 'the failing example is a readable plan').not.toContain('parse');
    const after = check(passing);
    expect(after.rules, `the passing example gives no finding of ${id}; the plan it makes:\n${passing.plan}`).not.toContain(id);
    expect(after.unreadable, 'the passing example is a readable plan (no parse or schema error)').toEqual([]);
  });
});
