// Random YAML documents for the scanner's property tests (tests/property/scanner-documents.test.ts): nested block
// mappings and sequences, compact mappings, plain (also multi-line), quoted and block scalars, flows, comments and
// blank lines between entries, and text that looks like YAML syntax.

/** mulberry32 */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}

const WORDS = ['x', 'y z', 'R&D', 'a-b', 'a:b', 'a#b', '1', '-2.5', '0x1F', '.inf', 'true', 'null', '~', 'yes', '1e3', 'é', '😀', 'x\u00a0', 'x\u0085y', 'x\u2028', '-x', ':x', '?x', 'a,b', 'a]', 'a}', 'a[', 'a{', 'x!', 'x*', '\ufeffx', '5 * 3', '08', '+1', '.5'];
const KEYS = ['a', 'b', 'c d', 'e.f', 'g/h', 'i~j', 'k:l', 'm#', 'n?', 'o-p', 'yes', 'no', 'on', 'Null1', 'truex', 'constructor', 'q\u00a0', 'r\u0085', 's\ufeff', 'ü', '😀'];
const BLOCK_LINES = ['x', 'y z', '#c', '# c', 'a: b', '- x', '"q"', "'q'", '[a]', '...', '---', 'x  ', 'x\u00a0'];

/** A random YAML document of every style the scanner reads (and some it leaves), from a seed. */
export function document(seed: number): string {
  const r = rng(seed);
  const out: string[] = [];
  const pad = (n: number) => ' '.repeat(n);
  const junk = (indent: number) => {
    // comment and blank lines between entries
    while (r.chance(0.15)) {
      const k = r.int(4);
      if (k === 0) out.push('');
      else if (k === 1) out.push(pad(r.int(8)));
      else out.push(pad(r.chance(0.5) ? indent : r.int(8)) + r.pick(['#', '# c', '#c: d', '# - x']));
    }
  };
  const plainLine = () => r.pick(WORDS);
  const inlineValue = (indent: number, contIndentMin: number): string[] => {
    // returns the text after "key:" or "-" on the first line, and maybe continuation lines
    const k = r.int(12);
    const sp = r.chance(0.85) ? ' ' : pad(1 + r.int(3));
    if (k <= 3) {
      const lines = [sp + plainLine() + (r.chance(0.1) ? pad(1 + r.int(2)) : '') + (r.chance(0.1) ? ' # c' : '')];
      while (r.chance(0.3)) {
        if (r.chance(0.3)) lines.push(r.chance(0.5) ? '' : pad(r.int(contIndentMin + 3)));
        lines.push(pad(contIndentMin + r.int(3) - (r.chance(0.1) ? 1 : 0)) + plainLine() + (r.chance(0.1) ? ' ' : '') + (r.chance(0.1) ? ' # c' : ''));
      }
      return lines;
    }
    if (k === 4) return [sp + '"' + r.pick(['', 'x', 'a b', '\\"', '\\\\', '\\n', '\\t', '\\u00e9', '\\/', '#', ': ', "'", ' x ', '\\0']) + (r.chance(0.3) ? 'y' : '') + '"' + (r.chance(0.2) ? ' # c' : '') + (r.chance(0.1) ? '  ' : '')];
    if (k === 5) return [sp + "'" + r.pick(['', 'x', "''", 'a b', '"', '#', ': ', '\\', ' x ']) + (r.chance(0.3) ? "''y" : '') + "'" + (r.chance(0.2) ? ' # c' : '')];
    if (k === 6) return [sp + flow(0)];
    if (k === 7 || k === 8) {
      const header = r.pick(['|', '|-', '>', '>-']) + (r.chance(0.2) ? ' # c' : '') + (r.chance(0.1) ? ' ' : '');
      const width = contIndentMin + r.int(3);
      const lines = [sp + header];
      const n = 1 + r.int(4);
      for (let i = 0; i < n; i++) {
        if (i > 0 && r.chance(0.25)) lines.push(r.chance(0.5) ? '' : pad(r.int(width + 1)));
        lines.push(pad(width + (r.chance(0.1) ? 1 + r.int(2) : 0) - (i > 0 && r.chance(0.05) ? 1 : 0)) + r.pick(BLOCK_LINES));
      }
      while (r.chance(0.2)) lines.push(r.chance(0.5) ? '' : pad(r.int(width + 2)));
      if (r.chance(0.1)) lines.push(pad(r.int(width)) + '# c');
      return lines;
    }
    if (k === 9) return [r.pick(['', ' ', ' ~', ' null', ' # c', '  #c'])];
    return [sp + plainLine()];
  };
  const flow = (depth: number): string => {
    const isMap = r.chance(0.4);
    const n = r.int(4);
    const items: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = depth < 2 && r.chance(0.2) ? flow(depth + 1) : r.pick(['x', 'y z', '1', '"q"', "'q'", 'null', '~', '.inf', 'true', 'a-b', 'é', '"a,b"', "'a]'", 'x\u00a0']);
      items.push(isMap ? `${r.pick(['a', 'b', 'c d', 'e', 'f'])}${r.chance(0.1) ? ' ' : ''}: ${v}` : v);
    }
    const s = () => (r.chance(0.3) ? ' ' : '');
    return (isMap ? '{' : '[') + s() + items.join(r.chance(0.7) ? ', ' : ' , ') + s() + (isMap ? '}' : ']');
  };
  const mapping = (indent: number, depth: number, firstPrefix?: string) => {
    const n = 1 + r.int(4);
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      let key = r.pick(KEYS);
      if (used.has(key) && r.chance(0.9)) continue;
      used.add(key);
      if (i > 0 || firstPrefix === undefined) junk(indent);
      const start = i === 0 && firstPrefix !== undefined ? firstPrefix : pad(indent);
      const colon = (r.chance(0.1) ? ' ' : '') + ':';
      entry(start + key + colon, indent, depth, true);
    }
  };
  const sequence = (indent: number, depth: number) => {
    const n = 1 + r.int(3);
    for (let i = 0; i < n; i++) {
      junk(indent);
      const gap = 1 + (r.chance(0.2) ? r.int(3) : 0);
      if (depth < 4 && r.chance(0.3)) {
        // compact mapping
        mapping(indent + 1 + gap, depth + 1, pad(indent) + '-' + pad(gap));
      } else entry(pad(indent) + '-', indent, depth, false);
    }
  };
  const entry = (head: string, indent: number, depth: number, isKey: boolean) => {
    const k = r.int(10);
    if (depth < 4 && k < 3) {
      out.push(head + (r.chance(0.1) ? ' # c' : ''));
      junk(indent);
      mapping(indent + 1 + r.int(3), depth + 1);
    } else if (depth < 4 && k < 5) {
      out.push(head + (r.chance(0.1) ? ' # c' : ''));
      junk(indent);
      sequence(indent + (isKey && r.chance(0.5) ? 0 : 1 + r.int(2)), depth + 1);
    } else {
      const lines = inlineValue(indent, indent + 1);
      out.push(head + lines[0]);
      out.push(...lines.slice(1));
    }
  };
  junk(0);
  mapping(0, 0);
  junk(0);
  let text = out.join('\n');
  if (r.chance(0.8)) text += '\n';
  return text;
}

/** Pieces an edit inserts: indicators, quotes, breaks, markers, odd characters. */
export const PIECES = [' ', '  ', '\n', '\n\n', '\n  ', '\n    ', '#', ' #', ':', ': ', '-', '- ', '? ', ',', '[', ']', '{', '}', '"', "'", "''", '\\', '\\n', '\\u00e9', '|', '|-', '>', '>-', '~', '...', '---', '... ', '--- ', 'null', 'true', '0x1F', '1e3', '.5', '-1', 'é', '😀', 'a: b', '- x', '[a, b]', '{a: b}', '"q"', "'q'", '\u00a0', '\u0085', '\u2028', '\u2029', '\ufeff', '\u3000', '\ud800', '\u000b', '\u000c', ' \n', '  \n', 'x', 'k:', 'k: ', ': x', ' # c', '\n# c\n', '\n  # c', '\n- ', '\n  - ', '.inf', '.nan', '-.inf', '+1', '0o7'];

/** `text` with each piece inserted at its offset (taken modulo the length so far), `remove` characters replaced. */
export function applyEdits(text: string, edits: readonly { at: number; piece: string; remove: number }[]): string {
  for (const { at, piece, remove } of edits) {
    const offset = at % (text.length + 1);
    text = text.slice(0, offset) + piece + text.slice(offset + remove);
  }
  return text;
}
