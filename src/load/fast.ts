import { coreSchema } from './core-schema.js';
import { jsYamlLibrary } from './js-yaml-library.js';
import type { Limits } from './limits.js';
import { SourceMap } from './locate.js';
import type { ParsedYaml } from './parse.js';
import { NodeOffsets } from './offsets.js';
import { escapePointer } from './pointer.js';
import { Scanner } from './scan.js';

/**
 * The fast readers of plain YAML, in front of the positional parser: the scanner (scan.ts) for the commonest
 * YAML, and js-yaml for other plain YAML. js-yaml parses about ten times faster than `yaml`; its listener reports
 * each node as it is composed, from which the position of every node is known in the same pass, and its scalars
 * are made to resolve exactly as `yaml`'s YAML 1.2 core schema does (core-schema.ts). Anything beyond plain YAML
 * (anchors, tags, several documents, complex keys), and any file js-yaml refuses (syntax errors, duplicate keys),
 * is read by the positional parser instead, whose findings and messages are the ones the tests pin.
 */

const LINE_STARTS = /^(?:%|[ ]*\?|---|\.\.\.)/m;
// a comment right after a flow collection or a quoted scalar: js-yaml takes it, the YAML spec (and `yaml`) does not
const UNSEPARATED_COMMENT = /[\]}"']#/;
const NODE_PROPERTY = /[&*!]/g;
const TOKEN_BEFORE = /[\s:,[{-]/;

/**
 * Whether the text may hold what the readers here would read differently from the positional parser: tabs,
 * merge keys, prototype keys, unseparated comments. The scanner gives up by itself on anything else it does
 * not read as that parser does; js-yaml needs the screens of isPlainForJsYaml too.
 */
function isPlain(text: string): boolean {
  return !(text.includes('\t') || text.includes('<<') || text.includes('__proto__') || UNSEPARATED_COMMENT.test(text));
}

/**
 * A byte order mark at the start of a line: the positional parser drops it on every line before the document
 * begins (decodePlanBytes removes one at the start of the file), where js-yaml and the scanner read it as text.
 */
function hasNoLineStartBom(text: string): boolean {
  return text.charCodeAt(0) !== 0xfeff && !text.includes('\n\ufeff');
}

/** Anchors, aliases, tags, directives, several documents, complex keys: what js-yaml reads its own way. */
function isPlainForJsYaml(text: string): boolean {
  if (LINE_STARTS.test(text)) return false;
  NODE_PROPERTY.lastIndex = 0;
  for (let match = NODE_PROPERTY.exec(text); match; match = NODE_PROPERTY.exec(text)) {
    const before = text[match.index - 1];
    const after = text[match.index + 1];
    // `&a`, `*a`, `!tag` at the start of a token; `R&D` and `5 * 3` are text
    if ((before === undefined || TOKEN_BEFORE.test(before)) && after !== undefined && !/\s/.test(after)) return false;
  }
  return true;
}

/** The data and offsets of the scanner (scan.ts), or undefined where it leaves the file to js-yaml. */
function scan(text: string, limits: Pick<Limits, 'depth' | 'values'>): { data: unknown; rootAt: number; slots: Scanner['slots'] } | undefined {
  const scanner = new Scanner(text, limits);
  try {
    return { ...scanner.document(), slots: scanner.slots };
  } catch {
    // GIVE_UP, or a nesting deeper than the stack: js-yaml reads it, with its own depth limit
    return undefined;
  }
}

/** One composed node as js-yaml's listener saw it: where composing started, what it made, and the nodes inside. */
interface NodeEvent {
  open: number;
  kind: string | null;
  result: unknown;
  children: NodeEvent[];
}

/**
 * The plan's data and the position of every node, read in one pass, or undefined when the file must be read
 * by the positional parser (anything beyond plain YAML, a syntax error, a duplicate key, a limit). The scanner
 * reads it if it can (`withScanner: false` skips it, for tests that compare the readers); else js-yaml calls a
 * listener as each node opens and closes, the nodes it reports are matched to the data afterwards, and each gets
 * the offset the positional parser gives it, so findings stand at the same line and column whichever reader read
 * the file.
 */
export function readPlain(text: string, limits: Pick<Limits, 'depth' | 'values'>, withScanner = true): ParsedYaml | undefined {
  if (!isPlain(text) || !hasNoLineStartBom(text) || !isSparse(text, limits.values / 4)) return undefined;
  // the scanner counts values and depth as isWithin does, and gives up past either
  // CRLF line ends are left to js-yaml, which reads the CR as part of the break
  const scanned = withScanner && !text.includes('\r') ? scan(text, limits) : undefined;
  if (scanned) return { data: scanned.data, source: new NodeOffsets(text, scanned.data, scanned.rootAt, scanned.slots), problems: [] };
  if (!isPlainForJsYaml(text)) return undefined;
  const top: NodeEvent = { open: 0, kind: null, result: undefined, children: [] };
  const open: NodeEvent[] = [];
  let current = top;
  const listener = (type: 'open' | 'close', state: { position: number; kind: string | null; result: unknown }) => {
    if (type === 'open') {
      const event: NodeEvent = { open: state.position, kind: null, result: undefined, children: [] };
      current.children.push(event);
      open.push(current);
      current = event;
    } else {
      current.kind = state.kind;
      current.result = state.result;
      current = open.pop()!;
    }
  };
  let data: unknown;
  try {
    data = jsYamlLibrary().load(text, { schema: coreSchema(), json: false, listener, maxDepth: limits.depth + 2 } as Parameters<ReturnType<typeof jsYamlLibrary>['load']>[1]);
  } catch {
    return undefined;
  }
  if (!isWithin(data, limits)) return undefined;
  const source = new SourceMap(text);
  const root = top.children[0];
  // an empty document: the positional parser has no node for it either
  if (root === undefined || unwrap(root).kind === null) return data === null || data === undefined ? { data: null, source, problems: [] } : undefined;
  return new Placer(text, source).place(root, data, '') ? { data, source, problems: [] } : undefined;
}

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;

/** Records, by JSON Pointer, the offsets the positional parser gives: a node where its text starts, an empty value just after its indicator. */
class Placer {
  constructor(
    private readonly text: string,
    private readonly source: SourceMap,
  ) {}

  /** false when the events do not match the data (the file then goes to the positional parser) */
  place(event: NodeEvent, value: unknown, pointer: string): boolean {
    const node = unwrap(event);
    if (node.result !== value) return false;
    if (node.kind === null) {
      this.source.setValue(pointer, this.skipSpaces(node.open));
      return value === null;
    }
    const start = this.skipSeparation(node.open);
    this.source.setValue(pointer, start);
    if (node.kind === 'scalar') return true;
    const children = node.children;
    if (node.kind === 'sequence') {
      const items = value as unknown[];
      // an empty block item (`-` alone on its line) composes no node: its place is not known here
      if (children.length !== items.length) return false;
      for (let i = 0; i < items.length; i++) if (!this.place(children[i]!, items[i], `${pointer}/${i}`)) return false;
      return true;
    }
    if (node.kind !== 'mapping') return false;
    const object = value as Record<string, unknown>;
    const isFlow = this.text.charCodeAt(start) === 0x7b;
    let pairs = 0;
    for (let i = 0; i < children.length; i++) {
      const keyEvent = children[i]!;
      if (keyEvent.kind !== 'scalar' || keyEvent.result === null || typeof keyEvent.result === 'object') return false;
      const key = String(keyEvent.result);
      if (!Object.prototype.hasOwnProperty.call(object, key)) return false;
      const keyOffset = this.skipSeparation(keyEvent.open);
      const child = `${pointer}/${escapePointer(key)}`;
      this.source.setKey(child, keyOffset);
      pairs++;
      // a block key always has a value node (maybe empty); a flow key only when a colon follows it on its line
      if (!isFlow || this.hasValue(keyEvent)) {
        const valueEvent = children[++i];
        if (!valueEvent || !this.place(valueEvent, object[key], child)) return false;
      } else {
        if (object[key] !== null) return false;
        this.source.setValue(child, keyOffset);
      }
    }
    return pairs === Object.keys(object).length;
  }

  /** Whether a colon follows the key on its own line (flow mappings: `{a, b: 1}`). */
  private hasValue(key: NodeEvent): boolean {
    const end = this.endOf(key);
    return this.text.charCodeAt(this.skipSpaces(end)) === COLON;
  }

  /** Where a scalar key ends: js-yaml does not say, so it is read again from its start. */
  private endOf(key: NodeEvent): number {
    const text = this.text;
    const start = this.skipSeparation(key.open);
    const quote = text.charCodeAt(start);
    if (quote === 0x22 || quote === 0x27) {
      let i = start + 1;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (quote === 0x22 && c === 0x5c) i += 2;
        else if (c === quote && quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i += 2;
        else if (c === quote) return i + 1;
        else i++;
      }
      return i;
    }
    // a plain key in a flow mapping ends at `,`, `}`, `]`, `{`, `[`, a line break, or `: `/`:,`
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x7b || c === 0x5b || c === LINE_FEED) break;
      if (c === COLON) {
        const next = text.charCodeAt(i + 1);
        if (next !== next || next === SPACE || next === LINE_FEED || next === 0x2c || next === 0x7d || next === 0x5d || next === 0x0d) break;
      }
      if (c === SPACE && text.charCodeAt(i + 1) === HASH) break;
      i++;
    }
    while (i > start && text.charCodeAt(i - 1) === SPACE) i--;
    return i;
  }

  private skipSpaces(offset: number): number {
    while (this.text.charCodeAt(offset) === SPACE) offset++;
    return offset;
  }

  /** Past spaces, comments and line breaks: where the node's own text starts. */
  private skipSeparation(offset: number): number {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(offset);
      if (c === SPACE || c === LINE_FEED || c === 0x0d) offset++;
      else if (c === HASH) {
        const end = text.indexOf('\n', offset);
        if (end === -1) return text.length;
        offset = end;
      } else return offset;
    }
  }
}

/**
 * A collection js-yaml first tried to read as a block mapping key (`- {a: 1}`, `- [x]`) is reported twice,
 * once inside the other: the inner report is the one whose children are the collection's.
 */
function unwrap(event: NodeEvent): NodeEvent {
  let node = event;
  while (node.kind !== 'scalar' && node.children.length === 1 && node.children[0]!.result === node.result && node.result !== null) node = node.children[0]!;
  return node;
}

/**
 * Whether the text has at most `max` line breaks and commas, and no line longer than an implicit key may be:
 * a denser file is left to the positional parser. With at most half of limits.values values too (isWithin),
 * such a file stays well within the positional parser's token limit (five per value), so both readers refuse
 * the same files. YAML allows a key at most 1,024 characters before its colon, which js-yaml does not check.
 */
function isSparse(text: string, max: number): boolean {
  let count = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++count > max || i - lineStart > MAX_KEY_LINE) return false;
    lineStart = i + 1;
  }
  if (text.length - lineStart > MAX_KEY_LINE) return false;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) if (++count > max) return false;
  return true;
}

/** a longer line may hold a key too long for YAML (the limit is 1,024 characters from the key's start to its colon) */
const MAX_KEY_LINE = 1024;

/**
 * Whether the data nests within limits.depth and holds at most half of limits.values keys and values.
 * The positional parser counts up to two tokens per value (`- x`), so whatever passes here passes there too.
 */
function isWithin(data: unknown, limits: Pick<Limits, 'depth' | 'values'>): boolean {
  let budget = Math.floor(limits.values / 2);
  const walk = (value: unknown, depth: number): boolean => {
    if (--budget < 0) return false;
    if (value === null || typeof value !== 'object') return true;
    if (depth <= 0) return false;
    const isList = Array.isArray(value);
    for (const key in value) {
      if (!isList && --budget < 0) return false;
      if (!walk((value as Record<string, unknown>)[key], depth - 1)) return false;
    }
    return true;
  };
  return walk(data, limits.depth);
}
