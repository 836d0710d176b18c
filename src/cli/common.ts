import { showControls, terminal } from '../util/controls.js';
import type { OpenOptions, RefusedPlan } from '../engine/open.js';
import type { Finding } from '../types.js';

/** The options every command that opens plans shares (`withCommon` in main.ts). */
export type CommonOptions = Pick<OpenOptions, 'config' | 'today' | 'maxFileSize' | 'maxFiles'>;

export function useColor(stream: NodeJS.WriteStream, env = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

export function formatFinding(file: string, finding: Finding): string {
  return terminal`${file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} ${finding.rule}`;
}

/**
 * How every command says that it left plans with errors out: each finding, then one line per plan. Under the `keep`
 * policy the plan was used anyway, and the line says what may be missing instead.
 */
export function printRefused(refused: readonly RefusedPlan[], incomplete?: string): void {
  for (const { file, errors, findings } of refused) {
    const count = `${errors} ${errors === 1 ? 'error' : 'errors'}`;
    if (incomplete !== undefined) {
      process.stderr.write(terminal`krisplan: ${file} has ${count}; ${incomplete} (run krisplan validate ${file})\n`);
      continue;
    }
    const lines = findings.map((finding) => formatFinding(file, finding));
    lines.push(terminal`krisplan: ${file} has ${count}; fix ${errors === 1 ? 'it' : 'them'} first (krisplan validate ${file})`);
    process.stderr.write(`${lines.join('\n')}\n`);
  }
}

/** What the search could not read, one line each on stderr: never silence, never a failure. */
export function printNotices(notices: readonly string[]): void {
  for (const notice of notices) process.stderr.write(`krisplan: notice: ${showControls(notice)}\n`);
}
