import { KrisplanError } from '../errors.js';
import { explainRisk, formatExplanation, type Explanation } from '../risks/explain.js';
import { closest } from '../util/suggest.js';
import { openPlans } from '../engine/open.js';
import { printNotices, type CommonOptions } from './common.js';
import { jsonText } from '../util/json.js';

interface ExplainOptions extends CommonOptions {
  format: 'text' | 'json';
}

export async function runExplain(riskId: string, paths: string[], options: ExplainOptions): Promise<number> {
  const { config, ready, discovery } = await openPlans(paths, options, 'keep');
  printNotices(discovery?.notices ?? []);
  const found: Explanation[] = [];
  const known: string[] = [];
  for (const loaded of ready) {
    for (const risk of loaded.plan?.risks ?? []) {
      if (risk.id !== undefined) known.push(risk.id);
      if (risk.id !== riskId) continue;
      const explanation = explainRisk(loaded.file, risk, config);
      if (!explanation) throw new KrisplanError(`risk "${riskId}" in ${loaded.file} has no valid severity and likelihood; run krisplan validate ${loaded.file}`);
      found.push(explanation);
    }
  }
  if (found.length === 0) {
    const meant = closest(riskId, known);
    throw new KrisplanError(`no risk with id "${riskId}"${meant ? `; did you mean "${meant}"?` : ' (krisplan risks lists them)'}`);
  }
  process.stdout.write(options.format === 'json' ? jsonText(found) : found.map(formatExplanation).join('\n'));
  return 0;
}
