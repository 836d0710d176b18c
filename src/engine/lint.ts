import type { Config, RuleSetting } from '../config/types.js';
import { setHitText } from './hit-text.js';
import { readPlain } from '../load/fast.js';
import { parseYaml } from '../load/parse.js';
import { bytePosition, decodePlanBytes } from '../load/text.js';
import type { Positions } from '../load/locate.js';
import { buildPlan } from '../model/build.js';
import type { DayNumber } from '../model/dates.js';
import { describe } from '../model/describe.js';
import type { Plan } from '../model/plan.js';
import { rules } from '../rules/index.js';
import type { RuleContext, RuleHit } from '../rules/types.js';
import { crossFieldHits } from '../schema/cross-field.js';
import { toSchemaHits } from '../schema/to-findings.js';
import { planValidator } from '../schema/validator.js';
import { applySuppressions } from './suppress.js';
import type { Finding, Severity } from '../types.js';
import { showControls } from '../util/controls.js';
import { append } from '../util/list.js';

export interface LintOptions {
  config: Config;
  today: DayNumber;
  /** read plain YAML with the fast reader (default true); off, every file is read by the positional parser */
  fast?: boolean;
}

export interface LintedPlan {
  findings: Finding[];
  /** the typed plan, when the file was read as a plan (even one with schema findings) */
  plan?: Plan;
  /** the parsed data as written */
  data?: unknown;
  /** positions of the nodes; absent when the bytes were not readable text */
  source?: Positions;
}

type SeverityOf = (rule: string, fallback: Severity) => Severity | undefined;

/** Checks one plan file's bytes: load, schema, rules. Never throws for bad input: problems are findings. */
export function lintBytes(bytes: Uint8Array, options: LintOptions): LintedPlan {
  const severity: SeverityOf = (rule, fallback) => effective(options.config.rules[rule], fallback);
  const parseSeverity = severity('parse', 'error') ?? 'error';
  const decoded = decodePlanBytes(bytes, options.config.limits);
  if ('problem' in decoded) {
    const position = bytePosition(bytes, decoded.problem.byteOffset);
    return { findings: [{ rule: 'parse', severity: parseSeverity, message: decoded.problem.message, ...position, path: '' }] };
  }
  // one reading: the fast reader for plain YAML, the positional parser for the rest (and for every problem it reports)
  const parsed = (options.fast !== false ? readPlain(decoded.text, options.config.limits) : undefined) ?? parseYaml(decoded.text, options.config.limits);
  const { source, data } = parsed;
  if (parsed.problems.length > 0) {
    const findings = parsed.problems.map((p): Finding => ({ rule: 'parse', severity: parseSeverity, message: p.message, ...source.position(p.offset), path: '' }));
    return { findings: sortFindings(showControlsIn(findings)), source };
  }
  const notAPlan = checkIsPlan(data);
  if (notAPlan) {
    const at = notAPlan.path ? source.locate(notAPlan.path) : { line: 1, column: 1 };
    return { findings: [{ rule: 'parse', severity: parseSeverity, message: notAPlan.message, ...at, path: notAPlan.path }], source };
  }

  const findings: Finding[] = [];
  const validate = planValidator(options.config.risk.scale);
  validate(data);
  const rejected = new Set<string>();
  const meant = new Set<string>();
  const schemaSeverity = severity('schema', 'error');
  const schemaHits = toSchemaHits(validate.errors ?? [], data);
  // a rejected key (unknown, or not an id where ids key a mapping) is dropped with its value: its finding is the only one
  for (const hit of schemaHits) rejected.add(hit.path);
  append(schemaHits, crossFieldHits(data, rejected));
  for (const hit of schemaHits) {
    rejected.add(hit.path);
    if (hit.meant) meant.add(`${hit.path.slice(0, hit.path.lastIndexOf('/'))}/${hit.meant}`);
    if (schemaSeverity) findings.push({ rule: 'schema', severity: schemaSeverity, message: hit.message, ...source.locate(hit.path, hit.at), path: hit.path });
  }
  const plan = buildPlan(data, rejected);
  const isPresent = (pointer: string) => meant.has(pointer) || source.has(pointer);
  for (const { rule, ruleSeverity, hit } of runRules(plan, data, isPresent, options, severity)) {
    findings.push(setHitText({ rule, severity: ruleSeverity, message: hit.message, ...source.locate(hit.path, hit.at ?? 'value'), path: hit.path }, hit.text));
  }
  const known = new Set(rules.map((rule) => rule.id));
  const kept = applySuppressions(decoded.text, findings, known, severity('unused-suppression', 'warning'));
  return { findings: sortFindings(showControlsIn(kept)), plan, data, source };
}

function* runRules(plan: Plan, data: unknown, isPresent: (pointer: string) => boolean, options: LintOptions, severity: SeverityOf): Generator<{ rule: string; ruleSeverity: Severity; hit: RuleHit }> {
  const context: RuleContext = { today: options.today, config: options.config, isPresent, describe: (pointer) => describe(data, pointer) };
  for (const rule of rules) {
    const ruleSeverity = severity(rule.id, rule.severity);
    if (!rule.check || !ruleSeverity) continue;
    for (const hit of rule.check(plan, context)) yield { rule: rule.id, ruleSeverity, hit };
  }
}

function effective(setting: RuleSetting | undefined, fallback: Severity): Severity | undefined {
  if (setting === 'off') return undefined;
  return setting ?? fallback;
}

function checkIsPlan(data: unknown): { message: string; path: string } | undefined {
  if (data === null || data === undefined) return { message: 'file is empty; a plan starts with `krisplan: 1`', path: '' };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { message: `not a krisplan plan: the top level is ${Array.isArray(data) ? 'a list' : 'a single value'}; a plan is a mapping that starts with \`krisplan: 1\``, path: '' };
  }
  if (!Object.prototype.hasOwnProperty.call(data, 'krisplan')) {
    return { message: 'not a krisplan plan: the top level has no `krisplan:` key; add `krisplan: 1` as the first line', path: '' };
  }
  const version = (data as { krisplan: unknown }).krisplan;
  if (typeof version === 'number' && Number.isInteger(version) && version > 1) {
    return { message: `plan format version ${version} needs a newer krisplan; this one reads format 1 (upgrade krisplan)`, path: '/krisplan' };
  }
  return undefined;
}

/** Messages quote plan text; none may carry control characters to the terminal or CI log. */
function showControlsIn(findings: Finding[]): Finding[] {
  for (const finding of findings) finding.message = showControls(finding.message);
  return findings;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
