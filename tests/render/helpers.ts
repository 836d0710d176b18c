import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { handbookView, renderHandbook, type RenderOptions, type RenderablePlan } from '../../src/render/index.js';
import type { Handbook } from '../../src/render/view.js';
import { loadPlan } from '../../src/engine/validate.js';
import { ROOT } from '../helpers/cli.js';

export const TODAY = '2026-11-29';

/** A plan file (relative to the repository) loaded and checked as `render` does. */
export function loadFile(file: string, today = TODAY, config: Config = defaultConfig()): RenderablePlan {
  const linted = loadPlan(readFileSync(join(ROOT, file)), { config, today });
  if (!linted.plan) throw new Error(`${file} is not a plan: ${JSON.stringify(linted.findings)}`);
  return { file, plan: linted.plan, findings: linted.findings, source: linted.source };
}

export function loadText(text: string, today = TODAY): RenderablePlan {
  const linted = loadPlan(text, { today });
  if (!linted.plan) throw new Error(`not a plan: ${JSON.stringify(linted.findings)}`);
  return { file: 'plan.yaml', plan: linted.plan, findings: linted.findings, source: linted.source };
}

export function view(file: string, options: RenderOptions = {}): Handbook {
  return handbookView(loadFile(file, typeof options.today === 'string' ? options.today : TODAY), { today: TODAY, ...options });
}

export type Doc = ReturnType<typeof parseHTML>['document'];

export function htmlDocument(loaded: RenderablePlan, options: RenderOptions = {}): { html: string; document: Doc } {
  const html = renderHandbook(loaded, { today: TODAY, ...options, format: 'html' });
  return { html, document: parseHTML(html).document };
}

/** Visible text with whitespace collapsed, as a reader sees it. */
export function text(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
