import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { krisplan } from './outputs.js';

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

/** A language server over stdio, as an editor runs it: JSON-RPC messages with Content-Length headers. */
class LanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private id = 0;
  private readonly waiting = new Map<number, (result: unknown) => void>();
  readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly listeners: (() => void)[] = [];

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.id !== undefined && this.waiting.has(message.id)) this.waiting.get(message.id)!(message.result);
      else if (message.id !== undefined && message.method) this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null });
      if (message.method === 'textDocument/publishDiagnostics') {
        this.diagnostics.set(message.params.uri, message.params.diagnostics);
        for (const listener of this.listeners) listener();
      }
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method: string, params: object): Promise<unknown> {
    const id = ++this.id;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  notify(method: string, params: object): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first diagnostics for uri that satisfy done. */
  diagnosticsFor(uri: string, done: (list: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      const check = () => {
        const list = this.diagnostics.get(uri);
        if (list && done(list)) resolve(list);
      };
      this.listeners.push(check);
      check();
    });
  }

  stop(): void {
    this.child.kill();
  }
}

describe('yaml-language-server over stdio, on a plan with the modeline init writes', () => {
  const server = new LanguageServer();
  const project = tempDir('krisplan editor #% åäö ');

  beforeAll(async () => {
    await server.request('initialize', { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: { workspace: { configuration: true } } });
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, schemaStore: { enable: false } } } });
  }, 60_000);
  afterAll(() => server.stop());

  for (const folder of ['.', 'ops/plans']) {
    it(`reports an unknown key against the schema, offline, for a plan in ${folder}`, async () => {
      const dir = join(project, folder);
      krisplan(['init', dir, '--yes', '--lang', 'en', '--org', 'Acme Ltd', '--owner', 'Priya Shah'], project);
      const file = join(dir, 'krisplan.yaml');
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/plan\.schema\.json$/m);
      const broken = text.replace(/^plan:\n/m, 'plan:\n  ownr: x\n');
      writeFileSync(file, broken);
      const uri = pathToFileURL(file).href;
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: broken } });
      const diagnostics = await server.diagnosticsFor(uri, (list) => list.length > 0);
      const line = broken.split('\n').indexOf('  ownr: x');
      expect(diagnostics.map((d) => [d.range.start.line, d.message])).toContainEqual([line, expect.stringMatching(/Property ownr is not allowed/)]);
    }, 60_000);
  }
});
