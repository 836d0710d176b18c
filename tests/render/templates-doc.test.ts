import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// docs/templates.md is the contract of user templates: it must name every field of the view model
// (src/render/view.ts and the view-<section>.ts files beside it, and DateView in src/i18n/index.ts), and name no field
// that is not there.

interface Shape {
  name: string;
  parent?: string;
  fields: string[];
}

function interfaces(file: string): Map<string, Shape> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const shapes = new Map<string, Shape>();
  for (const match of text.matchAll(/^export interface (\w+)(?: extends (\w+))? \{\n([\s\S]*?)^\}/gm)) {
    // top-level members only: two spaces of indentation
    const fields = [...match[3]!.matchAll(/^ {2}(?:readonly )?(\w+)\??:/gm)].map((m) => m[1]!);
    shapes.set(match[1]!, { name: match[1]!, parent: match[2], fields });
  }
  return shapes;
}

/** The view model's files: view.ts (the root and the shared shapes) and one view-<section>.ts per section. */
const VIEW_FILES = readdirSync(join(ROOT, 'src', 'render')).filter((name) => /^view(-[a-z]+)?\.ts$/.test(name)).sort().map((name) => `src/render/${name}`);

const SHAPES = new Map([...VIEW_FILES.flatMap((file) => [...interfaces(file)]), ...[...interfaces('src/i18n/index.ts')].filter(([name]) => name === 'DateView')]);

/** Where each interface is documented: a row of the shared shapes table (by type) or of the root table (by field). */
const HOME: Record<string, string> = {
  DateView: 'DateView', PersonView: 'PersonView', StatusView: 'StatusView', WarningView: 'WarningView', RiskRefView: 'RiskRefView',
  PlaybookRefView: 'PlaybookRefView', ServiceRefView: 'ServiceRefView', ClockView: 'ClockView', SheetDeadlineView: 'SheetDeadlineView', SheetPlaybookRef: 'SheetDeadlineView', ExerciseView: 'ExerciseView',
  SectionView: 'sections', PlaybookView: 'playbooks[]', StepView: 'playbooks[]', ServiceView: 'services[]', ServiceBackupView: 'services[]',
  ContactGroupView: 'contactGroups[]', ContactView: 'contactGroups[]',
  RisksView: 'risks', RiskView: 'risks', ResidualView: 'risks', MatrixRowView: 'risks', MatrixCellView: 'risks', MatrixRiskView: 'risks', LevelView: 'risks',
  PreparednessView: 'preparedness', CrisisSiteView: 'preparedness', MessageView: 'preparedness', BackupView: 'preparedness', TrainingView: 'preparedness',
  ResourceView: 'preparedness', ExerciseDueView: 'preparedness', PlannedExerciseView: 'preparedness',
  EvaluationView: 'evaluations[]', ActionView: 'openActions[]',
  ActivationView: 'activation', CrisisLevelView: 'activation', RoleView: 'activation',
};

/** Words the doc writes in backticks that are not fields: enumerations, languages, an anchor, plan keys, a command. */
const NOT_FIELDS = new Set(['staff', 'supplier', 'authority', 'other', 'critical', 'high', 'medium', 'low', 'detection', 'activation', 'sv', 'en', 'recovery', 'exercised', 'validate']);

const DOC = readFileSync(join(ROOT, 'docs', 'templates.md'), 'utf8');
const SECTION = DOC.slice(DOC.indexOf('## The view model'), DOC.indexOf('### Example'));

/** Table rows of the section: first cell → the rest of the row. */
function rows(): Map<string, string> {
  const result = new Map<string, string>();
  for (const line of SECTION.split('\n')) {
    const cells = /^\| (.+?) \| (.+) \|$/.exec(line);
    if (!cells || cells[1] === '---' || cells[1] === 'type' || cells[1] === 'field') continue;
    for (const key of cells[1]!.matchAll(/`([^`]+)`/g)) result.set(key[1]!.replace(/\?$/, ''), `${cells[1]} ${cells[2]}`);
  }
  return result;
}

function tokens(text: string): Set<string> {
  return new Set([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\[\]$/, '').replace(/\?$/, '')));
}

function allFields(name: string): string[] {
  const shape = SHAPES.get(name);
  if (!shape) return [];
  return [...shape.fields, ...(shape.parent ? allFields(shape.parent) : [])];
}

describe('docs/templates.md and the view model', () => {
  const table = rows();

  it('every interface of src/render/view.ts has a home in the doc', () => {
    expect([...SHAPES.keys()].filter((name) => name !== 'Handbook' && !(name in HOME))).toEqual([]);
    for (const home of new Set(Object.values(HOME))) expect(table.has(home), `a row for ${home}`).toBe(true);
  });

  it('reads every interface the doc has a home for (the view files are all found)', () => {
    expect(Object.keys(HOME).filter((name) => !SHAPES.has(name))).toEqual([]);
  });

  it('every field is documented in the row of its interface', () => {
    const missing = [...SHAPES.values()]
      .filter((shape) => shape.name !== 'Handbook')
      .flatMap((shape) => shape.fields.filter((field) => !tokens(table.get(HOME[shape.name]!) ?? '').has(field)).map((field) => `${shape.name}.${field}`));
    expect(missing).toEqual([]);
    const root = SHAPES.get('Handbook')!.fields.filter((field) => ![...table.keys()].some((key) => key.replace(/\[\]$/, '') === field));
    expect(root, 'root fields without a row').toEqual([]);
  });

  it('every field the doc names exists in the interfaces of its row', () => {
    const wrong: string[] = [];
    for (const [key, row] of table) {
      const homes = Object.entries(HOME).filter(([, home]) => home === key).map(([name]) => name);
      if (homes.length === 0) {
        if (!SHAPES.get('Handbook')!.fields.includes(key.replace(/\[\]$/, ''))) wrong.push(`root row ${key}`);
        continue;
      }
      // a row may name the shared shapes its fields have, and their fields
      const known = new Set([...SHAPES.get('Handbook')!.fields, ...homes.flatMap(allFields), ...[...tokens(row)].filter((t) => SHAPES.has(t)).flatMap(allFields), ...SHAPES.keys()]);
      for (const token of tokens(row)) {
        if (/^[a-z][a-zA-Z]*$/.test(token) && !known.has(token) && !NOT_FIELDS.has(token)) wrong.push(`${key}: ${token}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
