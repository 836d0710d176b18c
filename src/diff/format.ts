import { showControls, showLine } from '../util/controls.js';
import { escapeMarkdown } from '../util/markdown.js';
import type { Change } from './compare.js';

export interface FileDiff {
  file: string;
  /** where the plan was at the revision, when git sees it moved (status renamed, or unreadable) */
  from?: string;
  /** unreadable: one version is not a readable plan (krisplan validate says why); renamed: moved, maybe changed too */
  status: 'changed' | 'added' | 'removed' | 'renamed' | 'unreadable';
  changes: Change[];
}

function describeChange(change: Change, code: (text: string) => string): string {
  switch (change.kind) {
    case 'risk-added':
      return `risk ${code(change.id)} added: ${change.title}${change.score !== undefined ? ` (score ${change.score}, ${change.level})` : ''}`;
    case 'risk-removed':
      return `risk ${code(change.id)} removed: ${change.title}`;
    case 'risk-rescored': {
      const level = change.from.level === change.to.level ? change.to.level : `${change.from.level} → ${change.to.level}`;
      return `risk ${code(change.id)} re-scored: ${change.from.score} → ${change.to.score} (${level})`;
    }
    case 'owner-changed':
      return `owner of ${change.what.replace(/"([^"]*)"/, (_, id: string) => code(id))} changed: ${change.from === null ? 'none' : code(change.from)} → ${change.to === null ? 'none' : code(change.to)}`;
    case 'contact-removed':
      return `contact ${code(change.id)} removed (${change.name})`;
    case 'contact-unreachable':
      return `contact ${code(change.id)} (${change.name}) has no phone or e-mail any more`;
    case 'step-removed':
      return `step removed from playbook ${code(change.playbook)}: ${change.action}`;
  }
}

/** The file as a heading: `old.yaml → new.yaml` when it moved. */
function fileName(diff: FileDiff): string {
  return diff.from === undefined ? diff.file : `${diff.from} → ${diff.file}`;
}

function statusNote(diff: FileDiff, revision: string): string {
  if (diff.status === 'changed') return '';
  if (diff.status === 'renamed') return ` (renamed since ${revision})`;
  if (diff.status === 'unreadable') return ' (not a readable plan in one of the versions; run krisplan validate)';
  return ` (${diff.status} since ${revision})`;
}

export function formatText(diffs: readonly FileDiff[], revision: string): string {
  const changed = diffs.filter((diff) => diff.status !== 'changed' || diff.changes.length > 0);
  if (changed.length === 0) return `${showLine(`No changes to risks, owners, contacts or playbook steps since ${revision}.`)}\n`;
  const lines: string[] = [];
  for (const diff of changed) {
    // plan text and file names reach a terminal or CI log: one line each, no escape sequence, no workflow command
    lines.push(showLine(`${fileName(diff)}${statusNote(diff, revision)}`));
    for (const change of diff.changes) lines.push(`  ${showLine(describeChange(change, (text) => `"${text}"`))}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

/** A pull-request comment; plan text is escaped so it cannot break the list or inject links and HTML. */
export function formatMarkdown(diffs: readonly FileDiff[], revision: string): string {
  const code = (text: string) => `\`${showControls(text).replace(/`/g, "'")}\``;
  const changed = diffs.filter((diff) => diff.status !== 'changed' || diff.changes.length > 0);
  const lines = [`### Crisis plan changes since ${code(revision)}`, ''];
  if (changed.length === 0) lines.push('No changes to risks, owners, contacts or playbook steps.');
  for (const diff of changed) {
    const note = statusNote(diff, revision);
    lines.push(`**${escapeMarkdown(fileName(diff))}**${note === '' ? '' : ` ${escapeMarkdown(note)}`}`, '');
    for (const change of diff.changes) {
      // private-use marks around code values: they pass escapeMarkdown untouched, and plan text cannot bring its own
      const text = describeChange(stripMarks(change), (value) => `\ue000${value}\ue001`);
      const escaped = escapeMarkdown(text).replace(/\ue000([^\ue001]*)\ue001/g, (_, value: string) => code(value));
      const warn = change.kind === 'contact-removed' || change.kind === 'contact-unreachable' || change.kind === 'step-removed' || (change.kind === 'risk-rescored' && change.to.score > change.from.score);
      lines.push(`- ${warn ? '⚠️ ' : ''}${escaped}`);
    }
    if (diff.changes.length > 0) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function stripMarks(change: Change): Change {
  return JSON.parse(JSON.stringify(change).replace(/[\ue000\ue001]/g, '')) as Change;
}
