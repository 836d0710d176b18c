import { terminal } from '../util/controls.js';
import { join, resolve } from 'node:path';
import { createRenderer, findChrome, handbookView, outputNames, printHandbookPdf, type Lang } from '../render/index.js';
import { openPlans, openRun } from '../engine/open.js';
import { formatDate } from '../model/dates.js';
import { makeFolder, writeFileAtomic } from '../util/write.js';
import { printNotices, printRefused, type CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';

interface RenderOptions extends CommonOptions {
  out: string;
  format: 'html' | 'md' | 'pdf';
  lang?: Lang;
  templates?: string;
}

export async function runRender(paths: string[], options: RenderOptions): Promise<number> {
  const run = openRun(options);
  // everything that can stop the whole run is checked before the first file is written
  const chrome = options.format === 'pdf' ? findChrome() : undefined;
  const render = createRenderer(options.format === 'md' ? 'md' : 'html', options.templates);
  const outDir = resolve(options.out);
  makeFolder(outDir, options.out);

  const { today, config, files, ready, refused, discovery } = await openPlans(paths, options, 'skip', run);
  printNotices(discovery?.notices ?? []);
  printRefused(refused);
  const names = new Map(outputNames(files, options.format).map((name, i) => [files[i]!, name]));
  for (const file of ready) {
    const name = names.get(file.file)!;
    const view = handbookView(file, { config, today, lang: options.lang });
    const target = join(options.out, name);
    if (chrome) writeFileAtomic(resolve(outDir, name), await printHandbookPdf(view, render, chrome, formatDate(today)));
    else writeFileAtomic(resolve(outDir, name), render(view));
    const warnings = view.warnings.length;
    process.stdout.write(terminal`wrote ${target}${warnings > 0 ? ` (${warnings} ${warnings === 1 ? 'warning' : 'warnings'} marked in the handbook)` : ''}\n`);
  }
  return refused.length > 0 ? FINDINGS : OK;
}
