import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';

/** How a file is laid out, so that what is added to it looks as if it had been written there. */
export interface Layout {
  eol: '\n' | '\r\n';
  /** column of the `-` of a top-level list's items */
  sequenceIndent: number;
  /** spaces per level inside an item */
  indent: number;
  /** whether a list inside an item is indented under its key (`key:\n  - a`) or not (`key:\n- a`) */
  indentSeq: boolean;
  /** whether top-level sections are separated by blank lines */
  sectionsSpaced: boolean;
}

export function layoutOf(text: string, root: YAMLMap): Layout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let sequenceIndent: number | undefined;
  let indent: number | undefined;
  let spaced = 0;
  let unspaced = 0;
  root.items.forEach((pair, i) => {
    const value = pair.value as Node | null;
    if (sequenceIndent === undefined && isSeq(value) && !value.flow && value.items.length > 0) {
      const first = value.items[0] as Node;
      sequenceIndent = dashColumn(text, first.range![0]);
    }
    if (indent === undefined && isMap(value) && !value.flow && value.items.length > 0) {
      const key = value.items[0]!.key as Node;
      if (isScalar(key) && key.range) indent = column(text, key.range[0]);
    }
    const previous = root.items[i - 1];
    const keyStart = (pair.key as Node | null)?.range?.[0];
    const previousEnd = (previous?.value as Node | null)?.range?.[1] ?? (previous?.key as Node | null)?.range?.[1];
    if (previousEnd === undefined || keyStart === undefined) return;
    if (/\n[ \t]*\r?\n/.test(text.slice(previousEnd - 1, keyStart))) spaced++;
    else unspaced++;
  });
  const levels = indent !== undefined && indent > 0 ? indent : 2;
  return { eol, sequenceIndent: sequenceIndent ?? levels, indent: levels, indentSeq: (sequenceIndent ?? levels) > 0, sectionsSpaced: spaced > unspaced };
}

/** Items as block sequence entries, the `-` at `dash`, each line ended by the file's line break. */
export function renderBlockItems(items: readonly Record<string, unknown>[], dash: number, layout: Layout, spaced = false): string {
  const pad = ' '.repeat(dash);
  const rendered = items.map((item) => {
    const yaml = new Document([item]).toString({ lineWidth: 0, indent: layout.indent, indentSeq: layout.indentSeq });
    return yaml
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => (line === '' ? '' : pad + line))
      .join(layout.eol);
  });
  return rendered.join(layout.eol + (spaced ? layout.eol : '')) + layout.eol;
}

/** One item as a flow mapping on one line: `{ date: 2026-12-01, type: exercise }`. */
export function renderFlowItem(item: Record<string, unknown>): string {
  const document = new Document(item);
  (document.contents as YAMLMap).flow = true;
  return document.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The column of the `- ` that introduces the sequence item whose value starts at `offset`. */
export function dashColumn(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const dash = text.slice(lineStart, offset).lastIndexOf('-');
  return dash === -1 ? offset - lineStart : dash;
}
