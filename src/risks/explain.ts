import type { Config } from '../config/types.js';
import type { Risk } from '../model/plan.js';
import { riskLevel, type RiskLevel } from '../model/scoring.js';
import { showControls } from '../util/controls.js';

export interface Explanation {
  file: string;
  id: string;
  title: string;
  scale: number;
  thresholds: Config['risk']['levels'];
  /** where the scale and thresholds come from */
  source: string;
  inherent: Rating;
  residual?: Rating;
  mitigations: string[];
  playbook: string | null;
}

export interface Rating {
  severity: number;
  likelihood: number;
  score: number;
  level: RiskLevel;
  /** the threshold rule that decided the level, e.g. "high ≥ 10" */
  because: string;
}

function rate(severity: number, likelihood: number, config: Pick<Config, 'risk'>): Rating {
  const score = severity * likelihood;
  const level = riskLevel(score, config.risk.levels);
  const { critical, high, medium } = config.risk.levels;
  const because = { critical: `critical ≥ ${critical}`, high: `high ≥ ${high}, below critical ${critical}`, medium: `medium ≥ ${medium}, below high ${high}`, low: `low: below medium ${medium}` }[level];
  return { severity, likelihood, score, level, because };
}

/** How a risk's score and level came about, or undefined when the schema rejected its rating. */
export function explainRisk(file: string, risk: Risk, config: Config): Explanation | undefined {
  if (risk.severity === undefined || risk.likelihood === undefined) return undefined;
  const { severity, likelihood } = risk.residual ?? {};
  return {
    file,
    id: risk.id ?? '',
    title: risk.title ?? '',
    scale: config.risk.scale,
    thresholds: { ...config.risk.levels },
    source: config.file ?? 'defaults',
    inherent: rate(risk.severity, risk.likelihood, config),
    ...(severity !== undefined && likelihood !== undefined ? { residual: rate(severity, likelihood, config) } : {}),
    mitigations: risk.mitigations ?? [],
    playbook: risk.playbook ?? null,
  };
}

export function formatExplanation(e: Explanation): string {
  const line = (label: string, r: Rating) =>
    `  ${label.padEnd(9)} severity ${r.severity} × likelihood ${r.likelihood} = ${r.score} → ${r.level} (${r.because})`;
  const lines = [
    `${showControls(e.file)}: risk "${e.id}" — ${showControls(e.title)}`,
    '',
    line('inherent', e.inherent),
    ...(e.residual ? [line('residual', e.residual), `  ${''.padEnd(9)} after mitigations: ${e.mitigations.length > 0 ? showControls(e.mitigations.join('; ')) : 'none listed'}`] : []),
    '',
    `  matrix    ${e.scale}×${e.scale}; cell row severity ${e.inherent.severity}, column likelihood ${e.inherent.likelihood}`,
    `  levels    critical ≥ ${e.thresholds.critical}, high ≥ ${e.thresholds.high}, medium ≥ ${e.thresholds.medium}, else low (from ${e.source})`,
    `  playbook  ${e.playbook ?? 'none'}`,
  ];
  return `${lines.join('\n')}\n`;
}
