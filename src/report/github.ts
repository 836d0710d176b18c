import { showControls } from '../util/controls.js';
import { escapeMarkdown } from '../util/markdown.js';
import type { ValidationResult } from '../types.js';
import type { Reporter } from './types.js';

// Workflow command escaping as in @actions/core: data escapes %, CR, LF; properties also : and ,
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding. file= is relative to the
 * repository root, as GitHub resolves it (the same path as SARIF's): run from a subfolder, a path relative to the
 * current folder would name a file that does not exist.
 */
const github: Reporter = (result, context) => {
  const lines: string[] = [];
  for (const file of result.files) {
    for (const f of file.findings) {
      // controls and bidi marks in a file name are shown as escapes, as in every terminal line: raw, they would
      // recolour or reorder the CI log (the annotation then names the file as krisplan shows it)
      const properties = `file=${escapeProperty(showControls(context.repositoryPath(file.file)))},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}`;
      lines.push(`::${f.severity} ${properties}::${escapeData(f.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

/** A table cell: the one Markdown escape (no mentions, links, autolinks, math or HTML), which also escapes |. */
function escapeCell(text: string): string {
  return escapeMarkdown(text);
}

/** A Markdown table for $GITHUB_STEP_SUMMARY: GitHub shows only a few annotations per step, the summary shows all. */
export function stepSummary(result: ValidationResult): string {
  const { errors, warnings, files } = result.summary;
  const lines = [`### krisplan: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in ${files} ${files === 1 ? 'plan' : 'plans'}`, ''];
  const findings = result.files.flatMap((file) => file.findings.map((f) => ({ file: file.file, ...f })));
  if (findings.length > 0) {
    lines.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
    for (const f of findings) {
      lines.push(`| ${escapeCell(f.file)} | ${f.line}:${f.column} | ${f.severity} | ${f.rule} | ${escapeCell(f.message)} |`);
    }
  } else {
    lines.push('No problems found.');
  }
  return `${lines.join('\n')}\n\n`;
}

export default github;
