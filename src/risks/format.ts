import { Chalk, type ChalkInstance } from 'chalk';
import type { Config } from '../config/types.js';
import { riskLevel, type RiskLevel } from '../model/scoring.js';
import { showControls, showLine } from '../util/controls.js';
import { csvCell } from '../util/csv.js';
import type { RegisterRow } from './register.js';
import { jsonText } from '../util/json.js';

const COLUMNS = ['file', 'id', 'title', 'severity', 'likelihood', 'score', 'level', 'owner', 'playbook'] as const;

export function formatJson(rows: readonly RegisterRow[]): string {
  return jsonText(rows);
}

/** RFC 4180 CSV (cells as csvCell makes them safe). */
export function formatCsv(rows: readonly RegisterRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => csvCell(row[column])).join(','))];
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

type Rating = { severity: number; likelihood: number };

/** One heat map: severity rows (highest first) × likelihood columns, each cell the number of risks in it. */
function matrix(title: string, ratings: readonly Rating[], config: Pick<Config, 'risk'>, chalk: ChalkInstance, color: boolean): string[] {
  const scale = config.risk.scale;
  const width = 5 + scale * (color ? 5 : 6);
  const lines: string[] = [title.padEnd(width), 'severity'.padEnd(width)];
  for (let severity = scale; severity >= 1; severity--) {
    const cells: string[] = [];
    for (let likelihood = 1; likelihood <= scale; likelihood++) {
      const level = riskLevel(severity * likelihood, config.risk.levels);
      const count = ratings.filter((rating) => rating.severity === severity && rating.likelihood === likelihood).length;
      const text = color ? ` ${count > 0 ? String(count) : '·'} `.padStart(5) : `${level[0]!.toUpperCase()} ${count > 0 ? count : '·'}`.padStart(5);
      cells.push(painter(chalk, level)(text));
    }
    lines.push(`${String(severity).padStart(2)} ${cells.join(color ? '' : ' ')}`);
  }
  const axis = Array.from({ length: scale }, (_, i) => String(i + 1).padStart(5)).join(color ? '' : ' ');
  lines.push(`   ${axis}`.padEnd(width), `${' '.repeat(Math.max(0, axis.length - 7))}likelihood`.padEnd(width));
  return lines;
}

/** The heat map of the inherent ratings, and beside it the residual one when any risk states a residual rating. */
export function heatMap(rows: readonly RegisterRow[], config: Pick<Config, 'risk'>, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const residual = rows.flatMap((row) => (row.residual ? [row.residual] : []));
  const inherent = matrix(residual.length > 0 ? 'inherent' : '', rows, config, chalk, color);
  const maps = residual.length > 0 ? inherent.map((line, i) => `${line}    ${matrix('residual (after mitigations)', residual, config, chalk, color)[i]}`) : inherent.slice(1);
  const legend = (['critical', 'high', 'medium', 'low'] as const).map((level) => painter(chalk, level)(color ? `  ${level}  ` : `${level[0]!.toUpperCase()}=${level}`)).join(' ');
  return [...maps, legend].map((line) => `  ${line}`.trimEnd()).join('\n');
}

export function formatTable(files: readonly { file: string; rows: RegisterRow[] }[], config: Pick<Config, 'risk'>, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const { file, rows } of files) {
    out.push(chalk.underline(showLine(file)), '', heatMap(rows, config, color), '');
    if (rows.length === 0) {
      out.push('  no scored risks', '');
      continue;
    }
    const hasResidual = rows.some((row) => row.residual);
    const header = ['score', 'level', 'sev', 'lik', ...(hasResidual ? ['residual'] : []), 'id', 'title', 'owner', 'playbook'];
    const residualCell = (row: RegisterRow) => (row.residual ? `${row.residual.score} ${row.residual.level}` : '-');
    const table = rows.map((row) => [String(row.score), row.level, String(row.severity), String(row.likelihood), ...(hasResidual ? [residualCell(row)] : []), row.id, showControls(row.title), row.owner ?? '-', row.playbook ?? '-']);
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
