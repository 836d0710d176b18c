import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { KrisplanError } from '../errors.js';
import { dashColumn, layoutOf, renderBlockItems, renderFlowItem, type Layout } from './layout.js';

/** What an append did: the new text is the old one with `inserted` put in at `offset`, nothing else changed. */
export interface Insertion {
  text: string;
  offset: number;
  inserted: string;
}

// the loader's reading of a plan (src/load/compose.ts): YAML 1.2 core, so dates stay text and `yes` stays a word
const READ = { uniqueKeys: false, merge: false, resolveKnownTags: false, schema: 'core' } as const;

/**
 * Appends items to the top-level list `key` of a plan's text by inserting text only: every byte that was
 * there stays, in order, so comments, blank lines, quoting and layout are kept. The list may be absent
 * (it is added at the end), empty or null, in block or flow style. The result is read back and must hold
 * exactly the old data plus the new items, or nothing is returned.
 */
export function appendItems(text: string, key: string, items: readonly Record<string, unknown>[], what = key): Insertion {
  const document = read(text, what);
  const root = document.contents;
  if (!isMap(root)) throw new KrisplanError(`cannot add ${what}: the file's top level is not a mapping`);
  const layout = layoutOf(text, root);
  const { offset, inserted } = insertion(text, root, key, items, layout, what);
  const result = text.slice(0, offset) + inserted + text.slice(offset);
  verify(document, result, key, items, what);
  return { text: result, offset, inserted };
}

function insertion(text: string, root: YAMLMap, key: string, items: readonly Record<string, unknown>[], layout: Layout, what: string): { offset: number; inserted: string } {
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (root.flow) {
    // a whole plan written as one flow mapping: add `key: [ … ]` before its closing brace
    const entry = `${key}: [ ${items.map(renderFlowItem).join(', ')} ]`;
    if (pair) return intoFlow(text, pair.value as Node, items, what);
    const close = closingBracket(text, root);
    return { offset: close, inserted: `${root.items.length > 0 ? ', ' : ' '}${entry} ` };
  }
  if (!pair) return atEnd(text, key, items, layout);
  const value = pair.value as Node | null;
  if (value === null || (isScalar(value) && value.value === null && (value.source ?? '') === '')) {
    // `key:` with nothing after it: the items go on the lines right after the key
    const keyEnd = (pair.key as Node).range![1];
    const offset = lineEndAfter(text, keyEnd);
    const lead = offset === text.length && !text.endsWith('\n') ? layout.eol : '';
    return { offset, inserted: lead + renderBlockItems(items, layout.sequenceIndent, layout) };
  }
  if (isSeq(value)) {
    if (value.flow) return intoFlow(text, value, items, what);
    return intoBlock(text, value, items, layout);
  }
  throw new KrisplanError(`cannot add ${what}: ${key} in this file is not a list; make it a list (or remove it) and run again`);
}

/** After the last item of a block sequence, in its indentation, with a blank line before it if the items have them. */
function intoBlock(text: string, seq: YAMLSeq, items: readonly Record<string, unknown>[], layout: Layout): { offset: number; inserted: string } {
  const nodes = seq.items as Node[];
  const last = nodes[nodes.length - 1]!;
  const end = last.range![1];
  const offset = text[end - 1] === '\n' ? end : lineEndAfter(text, end);
  const dash = dashColumn(text, last.range![0]);
  const previous = nodes[nodes.length - 2];
  const spaced = previous !== undefined && /\n[ \t]*\r?\n/.test(text.slice(previous.range![1] - 1, last.range![0]));
  const lead = (offset === text.length && !text.endsWith('\n') ? layout.eol : '') + (spaced ? layout.eol : '');
  return { offset, inserted: lead + renderBlockItems(items, dash, layout, spaced) };
}

/** Inside a flow sequence: after its last item, or right after its opening bracket when it is empty. */
function intoFlow(text: string, seq: Node, items: readonly Record<string, unknown>[], what: string): { offset: number; inserted: string } {
  if (!isSeq(seq)) throw new KrisplanError(`cannot add ${what}: the list in this file is not a list`);
  const rendered = items.map(renderFlowItem).join(', ');
  const nodes = seq.items as Node[];
  if (nodes.length === 0) return { offset: seq.range![0] + 1, inserted: ` ${rendered} ` };
  return { offset: nodes[nodes.length - 1]!.range![1], inserted: `, ${rendered}` };
}

/** A new top-level key at the end of the file, after everything (trailing comments included). */
function atEnd(text: string, key: string, items: readonly Record<string, unknown>[], layout: Layout): { offset: number; inserted: string } {
  let lead = text.length > 0 && !text.endsWith('\n') ? layout.eol : '';
  if (layout.sectionsSpaced && text.trim().length > 0 && !/\n[ \t]*\r?\n$/.test(text + lead)) lead += layout.eol;
  return { offset: text.length, inserted: `${lead}${key}:${layout.eol}${renderBlockItems(items, layout.sequenceIndent, layout)}` };
}

function closingBracket(text: string, collection: Node): number {
  const close = collection.range![1] - 1;
  if (text[close] !== '}' && text[close] !== ']') throw new KrisplanError('cannot find where the flow collection in this file ends');
  return close;
}

/** The offset just after the line break that ends the line holding `offset` (or the end of the text). */
function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function read(text: string, what: string): Document {
  // a lone CR ends a line for YAML as LF does: same length, so offsets agree with the text as it is
  const document = parseDocument(text.replace(/\r(?!\n)/g, '\n'), READ);
  if (document.errors.length > 0) throw new KrisplanError(`cannot add ${what}: the file is not valid YAML (${document.errors[0]!.message.split('\n')[0]}); fix it first`);
  return document;
}

/** The result must read as the old data with the items appended to `key`, and nothing else different. */
function verify(before: Document, after: string, key: string, items: readonly Record<string, unknown>[], what: string): void {
  const old = toData(before);
  const expected: Record<string, unknown> = { ...old, [key]: [...(Array.isArray(old[key]) ? old[key] : []), ...items] };
  let actual: unknown;
  try {
    actual = toData(read(after, what));
  } catch {
    actual = undefined;
  }
  if (canonical(actual) !== canonical(expected)) {
    throw new KrisplanError(`cannot add ${what} to this file without changing what is there (its layout is unusual here); add it by hand`);
  }
}

function toData(document: Document): Record<string, unknown> {
  const data = document.toJS({ maxAliasCount: 10_000 }) as unknown;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** JSON with sorted keys: key order inside the new items is the writer's, so compare content, not order of maps. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
