import type { Config } from '../config/types.js';
import type { Plan, Risk } from '../model/plan.js';
import { riskLevel, scoreRisks, type RiskLevel } from '../model/scoring.js';

/** One line of the risk register (the `risks --format json` shape). */
export interface RegisterRow {
  file: string;
  id: string;
  title: string;
  severity: number;
  likelihood: number;
  score: number;
  level: RiskLevel;
  owner: string | null;
  playbook: string | null;
  /** after mitigations; only on risks that state it */
  residual?: { severity: number; likelihood: number; score: number; level: RiskLevel };
}

export function registerRows(file: string, plan: Plan, config: Pick<Config, 'risk'>): RegisterRow[] {
  return scoreRisks(plan.risks, config).map(({ risk, score, level }) => ({
    file,
    id: risk.id ?? '',
    title: risk.title ?? '',
    severity: risk.severity!,
    likelihood: risk.likelihood!,
    score,
    level,
    owner: risk.owner ?? null,
    playbook: risk.playbook ?? null,
    ...residualOf(risk, config),
  }));
}

function residualOf(risk: Risk, config: Pick<Config, 'risk'>): Pick<RegisterRow, 'residual'> {
  const { severity, likelihood } = risk.residual ?? {};
  if (severity === undefined || likelihood === undefined) return {};
  const score = severity * likelihood;
  return { residual: { severity, likelihood, score, level: riskLevel(score, config.risk.levels) } };
}
