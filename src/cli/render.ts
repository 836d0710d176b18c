import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KrisplanError } from '../errors.js';
import { createRenderer, findChrome, handbookView, outputNames, printPdf, type Lang } from '../render/index.js';
import type { Finding } from '../types.js';
import { writeFileAtomic } from '../util/write.js';
import { loadPlans, type LoadedPlanFile } from '../engine/validate.js';
import { loadCommonConfig, planPaths, resolveToday, type CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';

interface RenderOptions extends CommonOptions {
  out: string;
  format: 'html' | 'md' | 'pdf';
  lang?: Lang;
  templates?: string;
}

export async function runRender(paths: string[], options: RenderOptions): Promise<number> {
  const today = resolveToday(options.today);
  const config = loadCommonConfig(options);
  // everything that can stop the whole run is checked before the first file is written
  const chrome = options.format === 'pdf' ? findChrome() : undefined;
  const render = createRenderer(options.format === 'md' ? 'md' : 'html', options.templates);
  const outDir = makeOutDir(options.out);

  const loaded: LoadedPlanFile[] = [];
  for await (const file of loadPlans(planPaths(paths, config), { config, today })) loaded.push(file);
  const names = outputNames(loaded.map((file) => file.file), options.format);

  let status = OK;
  for (const [i, file] of loaded.entries()) {
    const errors = file.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0 || !file.plan) {
      for (const finding of file.findings) process.stderr.write(`${formatFinding(file.file, finding)}\n`);
      process.stderr.write(`krisplan: ${file.file} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; no handbook written for it\n`);
      status = FINDINGS;
      continue;
    }
    const view = handbookView({ ...file, plan: file.plan }, { config, today, lang: options.lang });
    const target = join(options.out, names[i]!);
    if (chrome) writeFileAtomic(resolve(outDir, names[i]!), await printPdf(render(view), chrome));
    else writeFileAtomic(resolve(outDir, names[i]!), render(view));
    const warnings = view.warnings.length;
    process.stdout.write(`wrote ${target}${warnings > 0 ? ` (${warnings} ${warnings === 1 ? 'warning' : 'warnings'} marked in the handbook)` : ''}\n`);
  }
  return status;
}

function formatFinding(file: string, finding: Finding): string {
  return `${file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} ${finding.rule}`;
}

function makeOutDir(out: string): string {
  const dir = resolve(out);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KrisplanError(`cannot create the output folder ${out}${code ? ` (${code})` : ''}`, { cause: error });
  }
  if (!statSync(dir).isDirectory()) throw new KrisplanError(`--out ${out} is not a folder`);
  return dir;
}
