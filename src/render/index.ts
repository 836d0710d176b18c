import { defaultConfig, type Config } from '../config/types.js';
import { toDay } from '../engine/today.js';
import type { Positions } from '../load/locate.js';
import type { DayNumber } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { Finding } from '../types.js';
import { buildHandbook, type HandbookInput } from './build-view.js';
import type { Lang } from '../i18n/index.js';
import { markdownView } from '../util/markdown.js';
import { compileHandbook } from './templates.js';
import type { Handbook } from './view.js';
import { replaceControls } from '../util/controls.js';

export type TextFormat = 'html' | 'md';

/** Compiles the templates once; the function renders a view model as HTML or Markdown. */
export function createRenderer(format: TextFormat, templates?: string): (view: Handbook) => string {
  const template = compileHandbook(format, templates);
  // plan text may hold control characters (`"\e[2J"`, `"\0"`): none belongs in a handbook
  return format === 'md' ? (view) => replaceControls(template(markdownView(view))) : (view) => replaceControls(template(view));
}

export interface RenderOptions {
  format?: TextFormat;
  /** default: the plan's `language`, else en */
  lang?: Lang;
  /** a folder of templates that override the built-in ones (docs/templates.md) */
  templates?: string;
  config?: Config;
  /** YYYY-MM-DD or a day number; default the local date */
  today?: string | DayNumber;
}

export interface RenderablePlan {
  file: string;
  plan: Plan;
  findings: readonly Finding[];
  source?: Positions;
}

/** The handbook of one loaded plan (see `loadPlans`/`loadPlan`) as an HTML page or Markdown text. */
export function renderHandbook(loaded: RenderablePlan, options: RenderOptions = {}): string {
  const format = options.format ?? 'html';
  return createRenderer(format, options.templates)(handbookView(loaded, options));
}

/** The view model that templates receive (docs/templates.md). */
export function handbookView(loaded: RenderablePlan, options: Omit<RenderOptions, 'format' | 'templates'> = {}): Handbook {
  const input: HandbookInput = {
    file: loaded.file,
    plan: loaded.plan,
    findings: loaded.findings,
    config: options.config ?? defaultConfig(),
    today: toDay(options.today),
    lang: options.lang ?? loaded.plan.plan.language ?? 'en',
    isPresent: loaded.source ? (pointer) => loaded.source!.has(pointer) : undefined,
  };
  return buildHandbook(input);
}

export { printPdf, findChrome } from './pdf.js';
export { printHandbookPdf } from './pdf-handbook.js';
export { readOutline, headingPage, type OutlineEntry } from './pdf-outline.js';
export { outputNames } from './names.js';
export { LANGS, type Lang } from '../i18n/index.js';
export type { Handbook } from './view.js';
