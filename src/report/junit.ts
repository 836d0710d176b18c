import { escapeXml } from '../util/xml.js';
import type { Reporter } from './types.js';

/**
 * JUnit XML: a testsuite per file, a testcase per rule, a failure per finding. Valid against Jenkins' junit-10.xsd
 * (Jenkins skips a report that is not), which has no file attribute: GitLab shows the file from classname and the
 * failure text instead.
 */
const junit: Reporter = (result, context) => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = result.files.length * context.rules.length;
  const failed = result.files.reduce((sum, file) => sum + new Set(file.findings.map((f) => f.rule)).size, 0);
  lines.push(`<testsuites name="krisplan" tests="${total}" failures="${failed}" errors="0">`);
  for (const file of result.files) {
    const name = escapeXml(file.file);
    const failedRules = new Set(file.findings.map((f) => f.rule)).size;
    lines.push(`  <testsuite name="${name}" tests="${context.rules.length}" failures="${failedRules}" errors="0" skipped="0">`);
    for (const rule of context.rules) {
      const findings = file.findings.filter((f) => f.rule === rule.id);
      const open = `    <testcase classname="${name}" name="${escapeXml(rule.id)}"`;
      if (findings.length === 0) {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      for (const f of findings) {
        const message = escapeXml(f.message);
        lines.push(`      <failure type="${f.severity}" message="${message}">${escapeXml(`${file.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule}, ${f.path || '/'})`)}</failure>`);
      }
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

export default junit;
