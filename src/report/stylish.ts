import { Chalk } from 'chalk';
import { showControls } from '../util/controls.js';
import type { Reporter } from './types.js';

/** ESLint's stylish: the file, then aligned `line:col  severity  message  rule` rows, then a count. */
const stylish: Reporter = (result, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const file of result.files) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.rule] as const);
    // a loop, not Math.max(...rows): a file can have 100,000 findings, more arguments than the stack holds
    const widths = [0, 1, 2].map((i) => rows.reduce((width, row) => Math.max(width, row[i]!.length), 0));
    out.push(chalk.underline(showControls(file.file)));
    for (const [position, severity, message, rule] of rows) {
      const paint = severity === 'error' ? chalk.red : chalk.yellow;
      out.push(
        `  ${chalk.dim(position.padEnd(widths[0]!))}  ${paint(severity.padEnd(widths[1]!))}  ${message.padEnd(widths[2]!)}  ${chalk.dim(rule)}`.trimEnd(),
      );
    }
    out.push('');
  }
  const { errors, warnings, files } = result.summary;
  const problems = errors + warnings;
  // a YAML file that is not a plan is not checked: the count makes that visible
  const of = context.yamlFiles !== undefined && context.yamlFiles !== files ? ` (of ${context.yamlFiles} YAML ${context.yamlFiles === 1 ? 'file' : 'files'})` : '';
  if (problems === 0) {
    out.push(chalk.green(`✔ ${files} ${files === 1 ? 'plan' : 'plans'} checked${of}, no problems`));
  } else {
    const paint = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
    out.push(
      paint(`✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}) in ${files} ${files === 1 ? 'plan' : 'plans'}${of}`),
    );
  }
  return `${out.join('\n')}\n`;
};

export default stylish;
