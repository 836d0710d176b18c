import { Chalk, type ChalkInstance } from 'chalk';
import type { Config } from '../config/types.js';
import { riskLevel, type RiskLevel } from '../model/scoring.js';
import type { RegisterRow } from './register.js';

const COLUMNS = ['file', 'id', 'title', 'severity', 'likelihood', 'score', 'level', 'owner', 'playbook'] as const;

export function formatJson(rows: readonly RegisterRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula are prefixed with '. */
export function formatCsv(rows: readonly RegisterRow[]): string {
  const cell = (value: unknown): string => {
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => cell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function painter(chalk: ChalkInstance, level: RiskLevel): ChalkInstance {
  switch (level) {
    case 'critical': return chalk.bgRed.white.bold;
    case 'high': return chalk.bgYellowBright.black;
    case 'medium': return chalk.bgYellow.black;
    default: return chalk.bgGreen.black;
  }
}

/** The heat map: severity rows (highest first) × likelihood columns, each cell the number of risks in it. */
export function heatMap(rows: readonly RegisterRow[], config: Pick<Config, 'risk'>, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const scale = config.risk.scale;
  const lines: string[] = ['  severity'];
  for (let severity = scale; severity >= 1; severity--) {
    const cells: string[] = [];
    for (let likelihood = 1; likelihood <= scale; likelihood++) {
      const level = riskLevel(severity * likelihood, config.risk.levels);
      const count = rows.filter((row) => row.severity === severity && row.likelihood === likelihood).length;
      const text = color ? ` ${count > 0 ? String(count) : '·'} `.padStart(5) : `${level[0]!.toUpperCase()} ${count > 0 ? count : '·'}`.padStart(5);
      cells.push(painter(chalk, level)(text));
    }
    lines.push(`  ${String(severity).padStart(2)} ${cells.join(color ? '' : ' ')}`);
  }
  const axis = Array.from({ length: scale }, (_, i) => String(i + 1).padStart(color ? 5 : 5)).join(color ? '' : ' ');
  lines.push(`     ${axis}`, `     ${' '.repeat(Math.max(0, axis.length - 10))}likelihood`);
  lines.push(`  ${(['critical', 'high', 'medium', 'low'] as const).map((level) => painter(chalk, level)(color ? `  ${level}  ` : `${level[0]!.toUpperCase()}=${level}`)).join(' ')}`);
  return lines.join('\n');
}

export function formatTable(files: readonly { file: string; rows: RegisterRow[] }[], config: Pick<Config, 'risk'>, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const { file, rows } of files) {
    out.push(chalk.underline(file), '', heatMap(rows, config, color), '');
    if (rows.length === 0) {
      out.push('  no scored risks', '');
      continue;
    }
    const header = ['score', 'level', 'sev', 'lik', 'id', 'title', 'owner', 'playbook'];
    const table = rows.map((row) => [String(row.score), row.level, String(row.severity), String(row.likelihood), row.id, row.title, row.owner ?? '-', row.playbook ?? '-']);
    const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i]!.length)));
    const line = (cells: string[]) => `  ${cells.map((cell, i) => (i === 0 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd();
    out.push(chalk.bold(line(header)));
    rows.forEach((row, index) => {
      const cells = table[index]!;
      const text = line(cells);
      out.push(text.replace(row.level.padEnd(widths[1]!), painter(chalk, row.level)(row.level.padEnd(widths[1]!))));
    });
    out.push('');
  }
  return `${out.join('\n')}`;
}
