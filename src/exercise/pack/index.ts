import type { Config } from '../../config/types.js';
import { KrisplanError } from '../../errors.js';
import { minutesOf } from '../../model/continuity.js';
import type { DayNumber } from '../../model/dates.js';
import type { Plan } from '../../model/plan.js';
import { markdownView } from '../../util/markdown.js';
import type { Lang } from '../../i18n/index.js';
import { replaceControls } from '../../util/controls.js';
import { closest } from '../../util/suggest.js';
import { seeded } from './random.js';
import { buildScenario } from './scenario.js';
import { compilePack, DOCUMENTS, type DocumentName } from '../templates.js';
import { packView, type PackView } from './view.js';

export interface PackOptions {
  /** the plan file as the user named it (shown in the pack) */
  file: string;
  plan: Plan;
  playbook: string;
  /** minutes the whole exercise takes, briefing and hot wash included */
  duration: number;
  seed: number;
  lang?: Lang;
  format: 'html' | 'md';
  today: DayNumber;
  config: Config;
}

export interface PackFile {
  /** file name in the output folder */
  name: DocumentName;
  content: string;
}

/** The documents of a tabletop exercise of one playbook, as text: the same inputs give the same bytes. */
export function buildPack(options: PackOptions): { files: PackFile[]; view: PackView } {
  const view = packViewOf(options);
  const compiled = compilePack(options.format);
  const data = options.format === 'md' ? { ...markdownView(view), recordCommand: view.recordCommand.replace(/[\r\n]/g, '?') } : view;
  const files = DOCUMENTS.map((name) => ({ name, content: replaceControls(compiled[name](data)) }));
  return { files, view };
}

export function packViewOf(options: Omit<PackOptions, 'format'>): PackView {
  const { plan } = options;
  const playbook = plan.playbooks.find((candidate) => candidate.id === options.playbook);
  if (!playbook) {
    const ids = plan.playbooks.map((candidate) => candidate.id).filter((id): id is string => id !== undefined);
    const suggestion = closest(options.playbook, ids);
    throw new KrisplanError(`no playbook "${options.playbook}" in ${options.file}${suggestion ? ` (did you mean "${suggestion}"?)` : ids.length > 0 ? `; it has ${ids.join(', ')}` : ''}`);
  }
  const first = minutesOf(playbook.steps[0]?.within);
  if (first !== undefined && options.duration < first) {
    throw new KrisplanError(`--duration is shorter than the first step of "${options.playbook}" (within ${playbook.steps[0]!.within}): the exercise could not even reach it; give at least that`);
  }
  const scenario = buildScenario(plan, playbook, seeded(options.seed));
  return packView({ file: options.file, plan, playbook, scenario, duration: options.duration, seed: options.seed, today: options.today, lang: options.lang ?? plan.plan.language ?? 'en', config: options.config });
}

export { DOCUMENTS };
