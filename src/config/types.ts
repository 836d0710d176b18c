import { DEFAULT_LIMITS, type Limits } from '../load/limits.js';
import type { Severity } from '../types.js';

export type RuleSetting = Severity | 'off';

export type IntervalKind = 'plan' | 'contact' | 'risk' | 'backup' | 'crisis_site' | 'training' | 'exercise' | 'exercise_coverage';

export interface RiskLevels {
  critical: number;
  high: number;
  medium: number;
}

export interface Config {
  /** where the config file was found, if any */
  file?: string;
  /** globs of plan files, relative to the config file's folder */
  plans?: string[];
  rules: Record<string, RuleSetting>;
  risk: { scale: number; levels: RiskLevels };
  /** default review intervals, as duration strings */
  intervals: Record<IntervalKind, string>;
  limits: Limits;
  /** single-person: how many steps of high or critical risks' playbooks one contact may own without a deputy */
  singlePersonSteps: number;
}

export function defaultConfig(): Config {
  return {
    rules: {},
    risk: { scale: 5, levels: { critical: 20, high: 10, medium: 5 } },
    intervals: { plan: '1 year', contact: '6 months', risk: '1 year', backup: '6 months', crisis_site: '6 months', training: '1 year', exercise: '1 year', exercise_coverage: '3 years' },
    limits: { ...DEFAULT_LIMITS },
    singlePersonSteps: 5,
  };
}
