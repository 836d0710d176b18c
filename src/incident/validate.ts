import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { DateTime } from 'luxon';
import type { Config } from '../config/types.js';
import type { FileResult, Finding } from '../types.js';
import { incidentProblems } from './check.js';
import { planOfIncident } from './plan-at.js';
import { incidentStatus } from './status.js';
import { loadIncident, RECORD_FILE } from './store.js';
import { wallClock, span } from './time.js';
import { showControls } from '../util/controls.js';


/**
 * The incident records beside the plans checked (or in the config's `incidents:` folder): each record and entry
 * against its schema, an open incident whose statutory deadline has passed unreported (error: CI goes red while a
 * report is late), and a closed incident without its evaluation in the plan (warning). Only incidents of the plans
 * checked are judged, each with the plan it was activated from; the plan is read here, once per incident, so that
 * validate keeps no plan in memory for the plans without incidents.
 */
export function checkIncidents(dirs: readonly string[], planFiles: readonly string[], config: Config, now: DateTime, cwd = process.cwd()): FileResult[] {
  const checked = new Set(planFiles.map((file) => resolve(cwd, file)));
  const results: FileResult[] = [];
  const severityOf = (rule: string, fallback: 'error' | 'warning') => config.rules[rule] ?? fallback;
  for (const dir of dirs) {
    const file = relative(cwd, join(dir, RECORD_FILE));
    const findings: Finding[] = [];
    const schemaFindings = problemsIn(dir);
    results.push({ file, findings });
    if (schemaFindings.length > 0) {
      for (const found of schemaFindings) {
        if (found.file === file) findings.push(found.finding);
        else results.push({ file: found.file, findings: [found.finding] });
      }
      continue;
    }
    const incident = loadIncident(dir);
    if (!checked.has(resolve(dir, incident.record.plan))) continue;
    const found = planOfIncident(incident, config);
    if (!found) continue;
    const status = incidentStatus(found.plan, incident, now);
    const { locate } = incidentProblems(readFileSync(join(dir, RECORD_FILE), 'utf8'), 'record');
    const position = (key: string) => locate(`/${key}`);
    if (status.closed === null) {
      const rule = 'incident-deadline';
      const severity = severityOf(rule, 'error');
      if (severity === 'off') continue;
      for (const deadline of status.deadlines) {
        if (!deadline.statutory || deadline.state !== 'overdue') continue;
        findings.push({
          rule,
          severity,
          ...position('t0'),
          path: '/t0',
          message: `incident ${incident.record.id}: "${showControls(deadline.title)}" (${deadline.id}${deadline.basis ? `, ${showControls(deadline.basis)}` : ''}) was due ${wallClock(deadline.due!, incident.record.timezone)} and is ${span(deadline.minutes_left ?? 0)} overdue; report it, then run krisplan notified ${incident.record.id} ${deadline.id} --ref REF (or --not-required REASON)`,
        });
      }
    } else if (!(found.current?.evaluations ?? []).some((evaluation) => evaluation.incident === incident.record.id)) {
      const rule = 'incident-evaluation';
      const severity = severityOf(rule, 'warning');
      if (severity === 'off') continue;
      findings.push({ rule, severity, ...position('id'), path: '/id', message: `incident ${incident.record.id} is closed but the plan has no evaluation with incident: ${incident.record.id}; add it (krisplan close writes one) and commit the plan` });
    }
  }
  // a clean record is not a file of its own in the report: the summary counts plans
  return results.filter((result) => result.findings.length > 0);
}

function problemsIn(dir: string): { file: string; finding: Finding }[] {
  const out: { file: string; finding: Finding }[] = [];
  const check = (path: string, kind: 'record' | 'entry') => {
    const { problems } = incidentProblems(readFileSync(path, 'utf8'), kind);
    for (const problem of problems) out.push({ file: relative(process.cwd(), path), finding: { rule: 'schema', severity: 'error', line: problem.line, column: problem.column, path: problem.path, message: `${kind === 'record' ? 'incident record' : 'incident entry'}: ${problem.message.replace(/ (in|of) the plan\b/g, ` $1 the ${kind}`)}` } });
  };
  check(join(dir, RECORD_FILE), 'record');
  const entries = join(dir, 'entries');
  if (existsSync(entries)) {
    for (const name of readdirSorted(entries)) check(join(entries, name), 'entry');
  }
  return out;
}

function readdirSorted(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.yaml') && !name.startsWith('.')).sort();
}
