import { formatCsv, formatJson, formatTable } from '../risks/format.js';
import { registerRows, type RegisterRow } from '../risks/register.js';
import { loadPlans } from '../engine/validate.js';
import { loadCommonConfig, planPaths, resolveToday, useColor, type CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';

interface RisksOptions extends CommonOptions {
  format: 'table' | 'json' | 'csv';
}

export async function runRisks(paths: string[], options: RisksOptions): Promise<number> {
  const today = resolveToday(options.today);
  const config = loadCommonConfig(options);
  const files: { file: string; rows: RegisterRow[] }[] = [];
  let status = OK;
  for await (const loaded of loadPlans(planPaths(paths, config), { config, today })) {
    const errors = loaded.findings.filter((finding) => finding.severity === 'error').length;
    if (errors > 0) {
      process.stderr.write(`krisplan: ${loaded.file} has ${errors} ${errors === 1 ? 'error' : 'errors'}; its register may be incomplete (run krisplan validate ${loaded.file})\n`);
      status = FINDINGS;
    }
    files.push({ file: loaded.file, rows: loaded.plan ? registerRows(loaded.file, loaded.plan, config) : [] });
  }
  const rows = files.flatMap((file) => file.rows);
  if (options.format === 'json') process.stdout.write(formatJson(rows));
  else if (options.format === 'csv') process.stdout.write(formatCsv(rows));
  else process.stdout.write(formatTable(files, config, useColor(process.stdout)));
  return status;
}
