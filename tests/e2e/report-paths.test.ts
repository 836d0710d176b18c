import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToUriReference, ruleName } from '../../src/report/sarif.js';
import { rules } from '../../src/rules/index.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const BROKEN = join(ROOT, 'tests/fixtures/golden/broken.yaml');
const NAMES = ['space name.yaml', 'hash#1.yaml', 'pct%.yaml', 'åäö.yaml'];

/** A repository with plans/<each name>, all with findings; returns its root. */
function repository(withGit: boolean): string {
  const root = tempDir();
  if (withGit) execFileSync('git', ['init', '-q'], { cwd: root });
  mkdirSync(join(root, 'plans'));
  for (const name of NAMES) copyFileSync(BROKEN, join(root, 'plans', name));
  return root;
}

/** [file, line, column, rule] of every finding, from GitHub annotations and from SARIF. */
function locations(cwd: string): { github: string[][]; sarif: string[][] } {
  const github = runCli(['validate', '.', '--format', 'github', '--today', '2026-11-29'], { cwd });
  const sarif = runCli(['validate', '.', '--format', 'sarif', '--today', '2026-11-29'], { cwd });
  expect([github.status, sarif.status]).toEqual([1, 1]);
  const unescape = (text: string) => text.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  return {
    github: github.stdout.trimEnd().split('\n').map((line) => {
      const [, file, l, c, rule] = /^::(?:error|warning) file=(.*),line=(\d+),col=(\d+),title=([^:]*)::/.exec(line)!;
      return [unescape(file!), l!, c!, rule!];
    }),
    sarif: JSON.parse(sarif.stdout).runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      return [decodeURIComponent(artifactLocation.uri), String(region.startLine), String(region.startColumn), r.ruleId];
    }),
  };
}

describe('file paths in SARIF and GitHub annotations', () => {
  it('from a subfolder of a repository, both name each file relative to the repository root', () => {
    const root = repository(true);
    const { github, sarif } = locations(join(root, 'plans'));
    expect(github.length).toBeGreaterThan(NAMES.length);
    expect(new Set(github.map(([file]) => file))).toEqual(new Set(NAMES.map((name) => `plans/${name}`)));
    expect(sarif).toEqual(github);
  });

  it('outside a repository, both are relative to the current folder', () => {
    const root = repository(false);
    const { github, sarif } = locations(join(root, 'plans'));
    expect(new Set(github.map(([file]) => file))).toEqual(new Set(NAMES));
    expect(sarif).toEqual(github);
  });

  it('SARIF uris are URI references, percent-encoded segment by segment', () => {
    expect(NAMES.map((name) => pathToUriReference(`plans/${name}`))).toEqual([
      'plans/space%20name.yaml',
      'plans/hash%231.yaml',
      'plans/pct%25.yaml',
      'plans/%C3%A5%C3%A4%C3%B6.yaml',
    ]);
    expect(pathToUriReference('../a:b/c?d.yaml')).toBe('../a%3Ab/c%3Fd.yaml');
  });

  it('SARIF rule names are PascalCase words that differ from the rule ids', () => {
    expect(ruleName('stale-review')).toBe('StaleReview');
    for (const { id } of rules) {
      expect(ruleName(id)).toMatch(/^(?:[A-Z][a-z0-9]+){2,}$/);
      expect(ruleName(id).toLowerCase()).not.toBe(id.toLowerCase());
    }
  });
});
