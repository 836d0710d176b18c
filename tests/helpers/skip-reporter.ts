import { relative } from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';
import { SKIP_MARK } from './external.js';

/** Prints one line for every group of tests skipped because a program from outside npm is missing (tests/helpers/external.ts). */
export default class SkipReporter implements Reporter {
  private readonly lines: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    if (result.state !== 'skipped' || !result.note?.startsWith(SKIP_MARK)) return;
    const file = relative(testCase.project.config.root, testCase.module.moduleId);
    this.lines.push(`skipped ${file} › ${testCase.parent.type === 'suite' ? testCase.parent.name : testCase.name} — ${result.note}`);
  }

  onTestRunEnd(): void {
    if (this.lines.length === 0) return;
    process.stdout.write(`\n${this.lines.sort().join('\n')}\n`);
  }
}
