import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ARGS = ['validate', 'tests/fixtures/golden/broken.yaml', 'examples/saas.yaml', '--today', '2026-11-29', '--format'];

describe('SARIF output', () => {
  const log = JSON.parse(runCli([...ARGS, 'sarif']).stdout);
  const run = log.runs[0];

  it('has the SARIF 2.1.0 required properties', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('krisplan');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('describes every rule with its default level', () => {
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('stale-review');
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
  });

  it('gives each result a rule, level, message, repository-relative location and fingerprint', () => {
    expect(run.results).toHaveLength(11);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toBe('tests/fixtures/golden/broken.yaml');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints['krisplanFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const fingerprints = run.results.map((result: { partialFingerprints: Record<string, string> }) => result.partialFingerprints['krisplanFinding/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('keeps fingerprints when lines above a finding move', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../helpers/cli.js');
    const dir = tempDir();
    const text = readFileSync('tests/fixtures/golden/broken.yaml', 'utf8');
    writeFileSync(join(dir, 'plan.yaml'), text);
    const before = JSON.parse(runCli(['validate', 'plan.yaml', '--format', 'sarif', '--today', '2026-11-29'], { cwd: dir }).stdout);
    writeFileSync(join(dir, 'plan.yaml'), text.replace('krisplan: 1\n', 'krisplan: 1\n# a comment\n\n'));
    const after = JSON.parse(runCli(['validate', 'plan.yaml', '--format', 'sarif', '--today', '2026-11-29'], { cwd: dir }).stdout);
    const prints = (log: typeof before) => log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['krisplanFinding/v1']);
    expect(prints(after)).toEqual(prints(before));
    expect(after.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(before.runs[0].results[0].locations[0].physicalLocation.region.startLine + 2);
  });
});

describe('JUnit output', () => {
  const xml = runCli([...ARGS, 'junit']).stdout;

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has a testsuite per file, a testcase per rule and a failure per finding, with text unescaped back', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['tests/fixtures/golden/broken.yaml', 'examples/saas.yaml']);
    const [broken, clean] = suites;
    expect(broken.testcase.length).toBe(clean.testcase.length);
    const failures = broken.testcase.flatMap((c: { failure?: unknown[] }) => c.failure ?? []);
    expect(failures).toHaveLength(11);
    expect(clean.testcase.flatMap((c: { failure?: unknown[] }) => c.failure ?? [])).toHaveLength(0);
    const schema = broken.testcase.find((c: { name: string }) => c.name === 'schema');
    expect(schema.failure[0].message).toBe('unknown key "ownr" in the plan; did you mean "owner"?');
  });
});
