import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
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
 * The page's own CSS sets the paper (A4) and margins. A custom template is HTML from whoever wrote it (a pull
 * request, say), so the page is printed with no script and no access to anything but itself; see servePage.
 * `when` (a day or an ISO time) replaces the moment of printing in the PDF's dates, so one input prints byte for byte the same.
 * `outline` adds bookmarks made from the headings (what pdf-outline.ts reads back to learn a heading's page).
 */
export async function printPdf(html: string, chrome: string, when?: string, options: { outline?: boolean } = {}): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'krisplan-pdf-'));
  const page = await servePage(html);
  try {
    const output = join(work, 'handbook.pdf');
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      // every request, loopback included, goes to the page's server, which answers only the page itself
      `--proxy-server=http://127.0.0.1:${page.port}`,
      '--proxy-bypass-list=<-loopback>',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer',
      ...(options.outline ? ['--generate-pdf-document-outline'] : []),
      `--print-to-pdf=${output}`,
      page.url,
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
    await page.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The page policy: no script (the `sandbox` directive), no request for anything (frames, images, styles, fonts,
 * objects) but inline styles and data: images and fonts. `--blink-settings=scriptEnabled=false` would do for the
 * script, but headless Chromium then prints nothing at all.
 */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; sandbox";

interface ServedPage {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the page as Chromium's HTTP proxy on a loopback port: the page at one unguessable URL, with PAGE_POLICY,
 * and a refusal for every other request and tunnel. A page on http: may not load file: URLs, so no local file
 * reaches the PDF (as a file:// page it could frame /etc/passwd), and nothing reaches the network either.
 */
async function servePage(html: string): Promise<ServedPage> {
  const url = `http://krisplan.invalid/${randomUUID()}/handbook.html`;
  const body = Buffer.from(html);
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === url) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_POLICY, 'content-length': body.length });
      response.end(body);
    } else {
      response.writeHead(403, { 'content-length': 0 }).end();
    }
  });
  server.on('connect', (_request, socket: Socket) => {
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new KrisplanError(`cannot serve the page to Chromium: ${error.message}`, { cause: error })));
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
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
