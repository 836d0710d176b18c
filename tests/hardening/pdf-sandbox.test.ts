import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';
import { CRASH } from './run.js';

/** A 53 × 37 red PNG: a size no image of the handbook has, so `pdfimages -list` shows whether it got in. */
function canaryPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(53, 0);
  header.writeUInt32BE(37, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 37 }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(53 * 3, Buffer.from([255, 0, 0]))])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function cli(args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  // asynchronous, so that the test's own server can answer (and count) while Chromium runs
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

describeWith(['chromium', 'pdfinfo'], 'a PDF printed from a hostile template', ({ chromium: [chrome] }) => {
  const dir = tempDir('krisplan-pdf-canary-');
  const secret = `CANARY-${process.pid}-SECRET`;
  const hits: string[] = [];
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    writeFileSync(join(dir, 'canary.png'), canaryPng());
    writeFileSync(join(dir, 'canary.txt'), `${secret}\n`);
    server = createServer((request, response) => {
      hits.push(`${request.method} ${request.url}`);
      response.end(`body { background: red } /* ${secret} */`);
    });
    server.on('connection', () => hits.push('connection'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('loads no local file and nothing from the network, and runs no script', async () => {
    const file = (name: string) => `file://${join(dir, name)}`;
    const templates = join(dir, 'templates');
    mkdirSync(join(templates, 'html'), { recursive: true });
    // the page itself, without the built-in page's Content-Security-Policy: a template from a pull request can drop it
    writeFileSync(
      join(templates, 'html', 'handbook.hbs'),
      [
        '<!doctype html><html><head><meta charset="utf-8"><title>{{title}}</title></head><body>',
        '<h1 id="probe">PAGE-AS-WRITTEN</h1><p>{{organization}}</p>',
        `<img src="${file('canary.png')}" width="53" height="37">`,
        `<iframe src="${file('canary.txt')}"></iframe>`,
        '<iframe src="file:///etc/passwd"></iframe>',
        `<object data="${file('canary.txt')}"></object><embed src="${file('canary.txt')}">`,
        `<link rel="stylesheet" href="http://127.0.0.1:${port}/link.css">`,
        `<style>@import url("http://127.0.0.1:${port}/import.css"); #cover { background: url("http://localhost:${port}/bg.png") }</style>`,
        `<img src="http://127.0.0.1:${port}/img.png"><img src="http://[::1]:${port}/v6.png">`,
        `<script>document.getElementById('probe').textContent = 'SCRIPT-RAN'; new Image().src = 'http://127.0.0.1:${port}/script.png'</script>`,
        `<img src="x" onerror="document.getElementById('probe').textContent = 'ONERROR-RAN'">`,
        '</body></html>',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const result = await cli(['render', 'examples/webshop.yaml', '--format', 'pdf', '--templates', templates, '--out', out, '--today', '2026-11-29'], { KRISPLAN_CHROME: chrome });
    expect(result.stderr).not.toMatch(CRASH);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const pdf = join(out, readdirSync(out)[0]!);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('PAGE-AS-WRITTEN');
    expect(text).toContain('Exempel AB');
    for (const leak of ['SCRIPT-RAN', 'ONERROR-RAN', secret, 'root:x:0:0']) expect(text).not.toContain(leak);
    expect(hits).toEqual([]);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    expect(images).not.toMatch(/^\s*\d+\s+\d+\s+image\s+53\s+37\s/m);
  });
});
