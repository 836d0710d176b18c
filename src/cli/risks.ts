import { formatCsv, formatJson, formatTable } from '../risks/format.js';
import { registerRows, type RegisterRow } from '../risks/register.js';
import { openPlans } from '../engine/open.js';
import { printNotices, printRefused, useColor, type CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';

interface RisksOptions extends CommonOptions {
  format: 'table' | 'json' | 'csv';
}

export async function runRisks(paths: string[], options: RisksOptions): Promise<number> {
  const { config, ready, refused, discovery } = await openPlans(paths, options, 'keep');
  printNotices(discovery?.notices ?? []);
  printRefused(refused, 'its register may be incomplete');
  const files: { file: string; rows: RegisterRow[] }[] = ready.map((loaded) => ({ file: loaded.file, rows: loaded.plan ? registerRows(loaded.file, loaded.plan, config) : [] }));
  const rows = files.flatMap((file) => file.rows);
  if (options.format === 'json') process.stdout.write(formatJson(rows));
  else if (options.format === 'csv') process.stdout.write(formatCsv(rows));
  else process.stdout.write(formatTable(files, config, useColor(process.stdout)));
  return refused.length > 0 ? FINDINGS : OK;
}
