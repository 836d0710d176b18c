import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';
import { krisplan, outputFolder, planSets, read } from './outputs.js';

const XSD = join(ROOT, 'tests/fixtures/vendor/junit-10.xsd');

describeWith(['xmllint'], "Jenkins' junit-10.xsd, through xmllint --schema", ({ xmllint: [xmllint] }) => {
  const out = outputFolder();
  const reports: string[] = [];

  beforeAll(() => {
    planSets().forEach((set, i) => {
      const clean = join(out, `clean-${i}.xml`);
      writeFileSync(clean, krisplan(['validate', ...set.plans, '--format', 'junit'], set.cwd));
      const findings = join(out, `findings-${i}.xml`);
      writeFileSync(findings, krisplan(['validate', '.', '--format', 'junit'], set.cwd === ROOT ? join(ROOT, 'tests/fixtures/golden') : set.cwd, 1));
      reports.push(clean, findings);
    });
  });

  it('accepts every report, with findings and without', () => {
    const result = execFileSync(xmllint, ['--noout', '--schema', XSD, ...reports], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result).toBe('');
  });

  it('rejects a testcase with a file attribute (the schema is the one that checks it)', () => {
    const bad = join(out, 'file-attribute.xml');
    writeFileSync(bad, read(reports[1]!).replace('<testcase ', '<testcase file="x.yaml" '));
    expect(() => execFileSync(xmllint, ['--noout', '--schema', XSD, bad], { stdio: 'pipe' })).toThrow(/file/);
  });

  it('still gives GitLab each finding\'s file: the classname, and the failure text starting with file:line:column', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read(reports[3]!));
    const suites = [parsed.testsuites.testsuite].flat();
    const failures = suites.flatMap((suite) => [suite.testcase].flat().flatMap((testcase) => [testcase.failure ?? []].flat().map((failure) => ({ suite: suite.name, classname: testcase.classname, text: failure['#text'] }))));
    expect(failures.length).toBeGreaterThan(5);
    for (const failure of failures) {
      expect(failure.classname).toBe(failure.suite);
      expect(failure.text.startsWith(`${failure.classname}:`)).toBe(true);
    }
    expect(new Set(failures.map((f) => f.classname))).toEqual(new Set(['broken #%/fel åäö #%.yaml']));
  });
});
