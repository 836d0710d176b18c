import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KrisplanError } from '../errors.js';
import { stampPdfDates } from './pdf-dates.js';

const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const TIMEOUT_MS = 120_000;

/** `KRISPLAN_CHROME`, else the first Chromium or Chrome on PATH; a KrisplanError that says how to get one when there is none. */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.KRISPLAN_CHROME;
  if (chosen !== undefined && chosen !== '') {
    if (!isExecutable(chosen)) throw new KrisplanError(`KRISPLAN_CHROME is set to ${chosen}, which is not an executable file`);
    return chosen;
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of BROWSERS) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  throw new KrisplanError(
    'PDF needs Chromium or Chrome, and none was found on PATH: install one (e.g. apt-get install chromium, or Google Chrome) or set KRISPLAN_CHROME to its path',
  );
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Prints a self-contained HTML page to PDF with headless Chromium, in a throw-away profile and folder.
 * The page's own CSS sets the paper (A4) and margins; the network is cut off, as the page needs none.
 * `when` (a day or an ISO time) replaces the moment of printing in the PDF's dates, so one input prints byte for byte the same.
 */
export async function printPdf(html: string, chrome: string, when?: string): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'krisplan-pdf-'));
  try {
    const page = join(work, 'handbook.html');
    const output = join(work, 'handbook.pdf');
    writeFileSync(page, html);
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${output}`,
      pathToFileURL(page).href,
    ];
    // Chromium refuses to start its sandbox as root (containers, CI)
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    await run(chrome, args);
    let pdf: Buffer;
    try {
      pdf = readFileSync(output);
    } catch {
      throw new KrisplanError(`${chrome} ran but wrote no PDF`);
    }
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new KrisplanError(`${chrome} wrote something that is not a PDF`);
    return when !== undefined ? stampPdfDates(pdf, when) : pdf;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 64 * 1024) stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new KrisplanError(`cannot start ${command}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const reason = signal === 'SIGKILL' ? `took longer than ${TIMEOUT_MS / 1000} s` : `exited with ${code ?? signal}`;
      const detail = stderr.split('\n').find((line) => /error|fatal/i.test(line))?.trim();
      reject(new KrisplanError(`${command} could not print the PDF: it ${reason}${detail ? ` (${detail.slice(0, 200)})` : ''}`));
    });
  });
}
