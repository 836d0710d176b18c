import type { Config } from '../config/types.js';
import type { Risk } from './plan.js';

export type RiskLevel = 'critical' | 'high' | 'medium' | 'low';

export interface ScoredRisk {
  risk: Risk;
  /** index in the plan's risks list */
  index: number;
  score: number;
  level: RiskLevel;
}

export function riskLevel(score: number, levels: Config['risk']['levels']): RiskLevel {
  if (score >= levels.critical) return 'critical';
  if (score >= levels.high) return 'high';
  if (score >= levels.medium) return 'medium';
  return 'low';
}

/** Score and level of a risk, or undefined when severity or likelihood is missing or was rejected. */
export function scoreRisk(risk: Risk, config: Pick<Config, 'risk'>): { score: number; level: RiskLevel } | undefined {
  if (typeof risk.severity !== 'number' || typeof risk.likelihood !== 'number') return undefined;
  const score = risk.severity * risk.likelihood;
  return { score, level: riskLevel(score, config.risk.levels) };
}

/** The register: scored risks by score descending, then id in code-point order. */
export function scoreRisks(risks: readonly Risk[], config: Pick<Config, 'risk'>): ScoredRisk[] {
  const scored: ScoredRisk[] = [];
  risks.forEach((risk, index) => {
    const result = scoreRisk(risk, config);
    if (result) scored.push({ risk, index, ...result });
  });
  return scored.sort((a, b) => b.score - a.score || compareCodePoints(a.risk.id ?? '', b.risk.id ?? ''));
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
