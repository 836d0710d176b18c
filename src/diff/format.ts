import { escapeMarkdown } from '../util/markdown.js';
import type { Change } from './compare.js';

export interface FileDiff {
  file: string;
  /** unreadable: one version is not a readable plan (krisplan validate says why) */
  status: 'changed' | 'added' | 'removed' | 'unreadable';
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

function statusNote(diff: FileDiff, revision: string): string {
  if (diff.status === 'changed') return '';
  if (diff.status === 'unreadable') return ' (not a readable plan in one of the versions; run krisplan validate)';
  return ` (${diff.status} since ${revision})`;
}

export function formatText(diffs: readonly FileDiff[], revision: string): string {
  const changed = diffs.filter((diff) => diff.status !== 'changed' || diff.changes.length > 0);
  if (changed.length === 0) return `No changes to risks, owners, contacts or playbook steps since ${revision}.\n`;
  const lines: string[] = [];
  for (const diff of changed) {
    lines.push(`${diff.file}${statusNote(diff, revision)}`);
    for (const change of diff.changes) lines.push(`  ${describeChange(change, (text) => `"${text}"`)}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

/** A pull-request comment; plan text is escaped so it cannot break the list or inject links and HTML. */
export function formatMarkdown(diffs: readonly FileDiff[], revision: string): string {
  const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
  const changed = diffs.filter((diff) => diff.status !== 'changed' || diff.changes.length > 0);
  const lines = [`### Crisis plan changes since ${code(revision)}`, ''];
  if (changed.length === 0) lines.push('No changes to risks, owners, contacts or playbook steps.');
  for (const diff of changed) {
    lines.push(`**${escapeMarkdown(diff.file)}**${escapeMarkdown(statusNote(diff, revision))}`, '');
    for (const change of diff.changes) {
      const text = describeChange(change, (value) => `\u0000${value}\u0001`);
      const escaped = escapeMarkdown(text).replace(/\u0000([^\u0001]*)\u0001/g, (_, value: string) => code(value));
      const warn = change.kind === 'contact-removed' || change.kind === 'contact-unreachable' || change.kind === 'step-removed' || (change.kind === 'risk-rescored' && change.to.score > change.from.score);
      lines.push(`- ${warn ? '⚠️ ' : ''}${escaped}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
