import type * as YamlLibrary from 'yaml';
import type { Alias, CST, Document, Node } from 'yaml';
import type { Limits } from './limits.js';
import { SourceMap } from './locate.js';
import { escapePointer } from './pointer.js';
import { yamlLibrary as yaml } from './yaml-library.js';

export interface ParseProblem {
  message: string;
  offset: number;
}

export interface ParsedYaml {
  data: unknown;
  source: SourceMap;
  problems: ParseProblem[];
}

const YAML_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'tabs are not allowed as indentation in YAML; indent with spaces',
  MULTIPLE_DOCS: 'a plan file holds one YAML document; remove the `---` separator or split the file',
  BAD_INDENT: 'bad indentation; align this line with its siblings',
};

/**
 * Parses YAML text into plain data plus the position of every node.
 * Own conversion instead of `toJS()`: it counts aliases, values and depth, finds duplicate keys, keeps
 * `__proto__` an ordinary key and records the position of each node by JSON Pointer as it goes.
 */
export function parseYaml(text: string, limits: Limits): ParsedYaml {
  const source = new SourceMap(text);
  const problems: ParseProblem[] = [];
  const { documents, stoppedAt } = composeDocuments(text, limits, problems);
  const [first, ...rest] = documents;
  if (!first || problems.length > 0) return { data: null, source, problems };
  // the first errors, as many as the limit allows, then one finding for the rest
  const errors = [...first.errors, ...first.warnings];
  const allowed = maxYamlErrors(limits);
  const offsetOf = errorOffsets(first, text);
  for (const error of errors.slice(0, allowed)) problems.push({ message: yamlMessage(error.code, error.message, text, error.pos[0], limits), offset: offsetOf(error) });
  if (stoppedAt !== undefined || errors.length > allowed) problems.push({ message: tooManyYamlErrors(limits), offset: stoppedAt ?? errors[allowed]!.pos[0] });
  const next = rest[0];
  if (next) problems.push({ message: YAML_MESSAGES.MULTIPLE_DOCS!, offset: next.range[0] });
  if (problems.length > 0) return { data: null, source, problems };
  const converter = new Converter(first, source, limits, problems);
  const data = first.contents ? converter.convert(first.contents, '', 0) : null;
  return { data, source, problems };
}

// lexical tokens that start a value: the values limit counts them before the document is built
const VALUE_TOKENS = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'alias', 'flow-map-start', 'flow-seq-start']);
// an indicator that starts an item or key: one value with the token after it (`- x` is one item, as `[x]` is)
const ITEM_TOKENS = new Set(['seq-item-ind', 'explicit-key-ind']);

/**
 * The documents of `text`, as `parseAllDocuments` composes them, but counting values as the text is lexed:
 * the yaml library needs about a kilobyte and a few microseconds per value, so a dense 10 MB file would take
 * minutes and gigabytes. Over limits.values, reading stops there with a problem. Duplicate keys are left to
 * the Converter, since the library's own check is quadratic in the size of a mapping.
 */
function composeDocuments(text: string, limits: Limits, problems: ParseProblem[]): { documents: Document.Parsed[]; stoppedAt?: number } {
  const { CST, Lexer, Parser } = yaml();
  const parser = new Parser();
  let syntaxErrors = 0;
  let stoppedAt: number | undefined;
  // the syntax tree is built without recursion, but composed with it: measure its depth first, so a deep
  // document gets the same finding at the same place every time, not wherever the stack happens to run out
  function* checked(documents: Iterable<CST.Token>) {
    for (const token of documents) {
      // a file of `]]]…` is a syntax error per character: each costs an error object, and then a finding
      if (token.type === 'error' && ++syntaxErrors > maxYamlErrors(limits)) {
        stoppedAt = token.offset;
        return false;
      }
      const tooDeep = token.type === 'document' ? deepCollection(token.value, limits.depth) : undefined;
      if (tooDeep !== undefined) {
        problems.push({ message: tooDeepMessage(limits), offset: tooDeep });
        return false;
      }
      yield token;
    }
    return true;
  }
  function* tokens() {
    let values = 0;
    let all = 0;
    let isScalarSource = false;
    // after `-` or `?`: the item's own value token is not counted again
    let inItem = false;
    for (const lexeme of new Lexer().lex(text)) {
      // the source of a plain or block scalar follows its marker token and is not itself a token type
      if (isScalarSource) {
        isScalarSource = false;
        if (!(yield* checked(parser.next(lexeme)))) return;
        continue;
      }
      const type = CST.tokenType(lexeme);
      isScalarSource = type === 'scalar';
      // blank lines, comments and directives hold no value but cost as much memory as one; spaces only
      // ever stand next to another token, and are not counted, so that every layout costs the same
      if (type !== 'space' && ++all > limits.values * TOKENS_PER_VALUE) {
        problems.push({ message: tooManyTokens(limits), offset: parser.offset });
        return;
      }
      let isValue = false;
      if (type && ITEM_TOKENS.has(type)) {
        isValue = true;
        inItem = true;
      } else if (type && VALUE_TOKENS.has(type)) {
        isValue = !inItem;
        inItem = false;
      }
      if (isValue && ++values > limits.values) {
        problems.push({ message: tooManyValues(limits), offset: parser.offset });
        return;
      }
      if (!(yield* checked(parser.next(lexeme)))) return;
    }
    yield* checked(parser.end());
  }
  // errors (the library makes one per syntax error, tag or duplicate) need no stack trace, which would cost
  // more than the rest of reading a file with thousands of them
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return { documents: composeAll(tokens()), stoppedAt };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function composeAll(tokens: Iterable<CST.Token>): Document.Parsed[] {
  const { Composer } = yaml();
  // resolveKnownTags off: !!binary, !!timestamp and the other YAML 1.1 tags are unsupported tags like any other
  // schema core also under a %YAML 1.1 directive, which would make dates timestamps and yes/no booleans: a plan is YAML 1.2
  const composer = new Composer({ uniqueKeys: false, merge: false, resolveKnownTags: false, schema: 'core' });
  const documents: Document.Parsed[] = [];
  // a second document is a finding already: stop there, whatever follows (a file of `---` lines is a million documents)
  for (const document of composer.compose(tokens)) if (documents.push(document) === 2) break;
  return documents;
}

/**
 * Lexical tokens (spaces and the text of a scalar not counted) allowed per value. A plain plan has about two
 * (a key line is key, colon, value and line break for two values; a list item `- x` is dash and line break
 * for one); the fast reader takes only files well within this.
 */
const TOKENS_PER_VALUE = 5;

/** YAML errors (syntax, tags, directives) reported per file: one per this many allowed values; reading stops there. */
const VALUES_PER_YAML_ERROR = 100;

function maxYamlErrors(limits: Limits): number {
  return Math.floor(limits.values / VALUES_PER_YAML_ERROR);
}

/** Offset of the first collection, in document order, nested `limit` levels deep (the root is level 0). */
function deepCollection(root: CST.Token | undefined, limit: number): number | undefined {
  const stack: [CST.Token, number][] = root ? [[root, 0]] : [];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [token, depth] = entry;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth >= limit) return token.offset;
    // pushed last to first, key before value, so that they come off the stack in document order
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]!;
      if (item.value) stack.push([item.value, depth + 1]);
      if ('key' in item && item.key) stack.push([item.key, depth + 1]);
    }
  }
  return undefined;
}

function tooManyTokens(limits: Limits): string {
  return `more than ${(limits.values * TOKENS_PER_VALUE).toLocaleString('en-US')} lines, comments, keys and values in all; a plan never needs this many (raise limits.values in krisplan.config.yaml if it must: it allows ${TOKENS_PER_VALUE} of these per value)`;
}

function tooManyYamlErrors(limits: Limits): string {
  return `more than ${maxYamlErrors(limits).toLocaleString('en-US')} YAML errors, the rest not shown; this is not a readable plan (fix the first errors and run again; limits.values in krisplan.config.yaml allows one per ${VALUES_PER_YAML_ERROR} values)`;
}

function tooManyValues(limits: Limits): string {
  return `more than ${limits.values.toLocaleString('en-US')} values (keys, items and scalars); a plan never needs this many (raise limits.values in krisplan.config.yaml if it must)`;
}

function tooDeepMessage(limits: Limits): string {
  return `nesting deeper than ${limits.depth} levels; a plan never needs this (raise limits.depth in krisplan.config.yaml if it must)`;
}

/**
 * Where a YAML error is shown. A string with no closing quote is shown where it opens (the library reports the end
 * of the file, which after a final line break is a line the file does not have); any other error at the very end
 * is shown at the end of the last line.
 */
function errorOffsets(document: Document.Parsed, text: string): (error: YamlLibrary.YAMLError) => number {
  let openings: Map<number, number> | undefined;
  return (error) => {
    const offset = error.pos[0];
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      // one walk for all of them: the start of each quoted scalar, by where it ends
      openings ??= quotedScalars(document);
      const opening = openings.get(offset);
      if (opening !== undefined) return opening;
    }
    return offset >= text.length ? endOfLastLine(text) : offset;
  };
}

/** The end of the last line, before the line break that ends the file (LF or CRLF). */
function endOfLastLine(text: string): number {
  if (text.endsWith('\r\n')) return text.length - 2;
  return text.endsWith('\n') ? text.length - 1 : text.length;
}

function quotedScalars(document: Document.Parsed): Map<number, number> {
  const openings = new Map<number, number>();
  yaml().visit(document, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range) openings.set(node.range[1], node.range[0]);
    },
  });
  return openings;
}

function yamlMessage(code: string, message: string, text: string, offset: number, limits: Limits): string {
  // the library catches its own stack overflow on very deep documents; composeDocuments stops those before
  if (code === 'RESOURCE_EXHAUSTION') return tooDeepMessage(limits);
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /^!\S*/.exec(text.slice(offset))?.[0] ?? message.replace(/^Unresolved tag: /, '');
    return `unsupported YAML tag ${tag}; a plan holds plain values only`;
  }
  const known = YAML_MESSAGES[code];
  if (known) return known;
  const first = message.split('\n')[0] ?? message;
  if (code === 'BAD_DIRECTIVE') return `${first.replace(/ at line \d+, column \d+:?$/, '').replace(/^./, (c) => c.toLowerCase())}; a plan is plain YAML 1.2 and needs no directive (remove the line)`;
  return `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '').replace(/^./, (c) => c.toLowerCase())}`;
}

class Converter {
  private aliasCount = 0;
  private values = 0;
  /** where the alias being expanded stands: values it expands to are counted there */
  private aliasOffset: number | undefined;
  /** anchor and alias nodes in document order, collected at the first alias */
  private anchored: Node[] | undefined;

  constructor(
    private readonly document: Document.Parsed,
    private readonly source: SourceMap,
    private readonly limits: Limits,
    private readonly problems: ParseProblem[],
  ) {}

  convert(node: Node, pointer: string, depth: number): unknown {
    const { isAlias, isMap, isScalar, isSeq } = yaml();
    const offset = node.range?.[0] ?? 0;
    if (!this.count(offset)) return null;
    this.source.setValue(pointer, offset);
    if (isAlias(node)) return this.expand(node, pointer, depth);
    if (isScalar(node)) return this.scalar(node.value, offset);
    if (depth >= this.limits.depth) {
      this.problems.push({ message: tooDeepMessage(this.limits), offset });
      return null;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const child = `${pointer}/${index}`;
        if (!item) return null;
        return this.convert(item as Node, child, depth + 1);
      });
    }
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      const keys = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
          this.problems.push({ message: 'a mapping key must be plain text', offset: keyNode?.range?.[0] ?? offset });
          continue;
        }
        const key = String(keyNode.value);
        const keyOffset = keyNode.range?.[0] ?? offset;
        if (!this.count(keyOffset)) return null;
        // compared as text, the way the plan reads them: `1:` and `"1":` are the same key
        if (keys.has(key)) {
          this.problems.push({ message: `duplicate key "${key}" in this mapping; a key may appear only once`, offset: keyOffset });
          continue;
        }
        keys.add(key);
        const child = `${pointer}/${escapePointer(key)}`;
        this.source.setKey(child, keyOffset);
        const valueNode = pair.value as Node | null;
        let value: unknown = null;
        if (valueNode) value = this.convert(valueNode, child, depth + 1);
        else this.source.setValue(child, keyOffset);
        // defineProperty: `__proto__` and friends become ordinary own keys, never the prototype
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    return null;
  }

  /** Counts one more value (aliases count what they expand to); false once over limits.values. */
  private count(offset: number): boolean {
    this.values++;
    if (this.values === this.limits.values + 1) this.problems.push({ message: tooManyValues(this.limits), offset: this.aliasOffset ?? offset });
    return this.values <= this.limits.values;
  }

  private expand(alias: Alias, pointer: string, depth: number): unknown {
    this.aliasCount++;
    const offset = alias.range?.[0] ?? 0;
    if (this.aliasCount > this.limits.aliases) {
      if (this.aliasCount === this.limits.aliases + 1) {
        this.problems.push({
          message: `more than ${this.limits.aliases} alias expansions (a YAML "billion laughs" bomb?); raise limits.aliases in krisplan.config.yaml if the plan really needs them`,
          offset,
        });
      }
      return null;
    }
    const target = this.resolve(alias);
    if (!target) {
      this.problems.push({ message: `unknown alias *${alias.source}`, offset });
      return null;
    }
    const outer = this.aliasOffset;
    this.aliasOffset ??= offset;
    const value = this.convert(target as Node, pointer, depth);
    this.aliasOffset = outer;
    this.source.setValue(pointer, offset);
    return value;
  }

  /** The last node anchored with the alias's name before it, as `Alias.resolve` finds it, with the node list kept. */
  private resolve(alias: Alias): Node | undefined {
    if (!this.anchored) {
      const { isAlias, visit } = yaml();
      const anchored: Node[] = [];
      visit(this.document, {
        Node: (_key, node) => {
          if (isAlias(node) || node.anchor) anchored.push(node);
        },
      });
      this.anchored = anchored;
    }
    let found: Node | undefined;
    for (const node of this.anchored) {
      if (node === alias) break;
      if (node.anchor === alias.source) found = node;
    }
    return found;
  }

  private scalar(value: unknown, offset: number): unknown {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'bigint') return Number(value);
    this.problems.push({ message: 'unsupported YAML value (binary or tagged data); a plan holds plain values only', offset });
    return null;
  }
}
