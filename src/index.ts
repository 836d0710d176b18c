export { validate, loadPlan, loadPlans, summarize, type ValidateOptions, type LoadedPlanFile } from './validate.js';
export { scoreRisks, scoreRisk, riskLevel, type ScoredRisk, type RiskLevel } from './model/scoring.js';
export { rules } from './rules/index.js';
export { defaultConfig, type Config } from './config/types.js';
export { KrisplanError } from './errors.js';
export type { Plan, Contact, Risk, Playbook, Step, Backup, Training, Resource, CrisisSite, Evaluation, FollowUp } from './model/plan.js';
export type { Rule, RuleHit, RuleContext } from './rules/types.js';
export type { Finding, FileResult, ValidationResult, Severity, RuleMeta } from './types.js';
export type { LintedPlan } from './lint.js';
