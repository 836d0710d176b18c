import { createRequire } from 'node:module';
import type * as YamlLibrary from 'yaml';
import type { Alias, Document, Node } from 'yaml';
import type { Limits } from './limits.js';
import { SourceMap } from './locate.js';

const require = createRequire(import.meta.url);
let library: typeof YamlLibrary | undefined;

/**
 * The positional parser, loaded on first use: most runs meet only clean plans, which the fast reader
 * handles, so start-up does not pay for this one.
 */
function yaml(): typeof YamlLibrary {
  library ??= require('yaml') as typeof YamlLibrary;
  return library;
}

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
  RESOURCE_EXHAUSTION: 'the document nests too deeply to be read',
  BAD_INDENT: 'bad indentation; align this line with its siblings',
};

/**
 * Parses YAML text into plain data plus the position of every node.
 * Own conversion instead of `toJS()`: it counts aliases and depth, keeps `__proto__` an ordinary key
 * and records the position of each node by JSON Pointer as it goes.
 */
export function parseYaml(text: string, limits: Limits): ParsedYaml {
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const source = new SourceMap(text, lineCounter);
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  const problems: ParseProblem[] = [];
  if (!Array.isArray(documents)) return { data: null, source, problems };
  const [first, ...rest] = documents;
  if (!first) return { data: null, source, problems };
  for (const error of first.errors) problems.push({ message: yamlMessage(error.code, error.message, text, error.pos[0]), offset: error.pos[0] });
  for (const warning of first.warnings) problems.push({ message: yamlMessage(warning.code, warning.message, text, warning.pos[0]), offset: warning.pos[0] });
  const next = rest[0];
  if (next) problems.push({ message: YAML_MESSAGES.MULTIPLE_DOCS!, offset: next.range[0] });
  if (problems.length > 0) return { data: null, source, problems };
  const converter = new Converter(first, source, limits, problems);
  const data = first.contents ? converter.convert(first.contents, '', 0) : null;
  return { data, source, problems };
}

function yamlMessage(code: string, message: string, text: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^\s:]+/.exec(text.slice(offset))?.[0] ?? '';
    return `duplicate key ${key ? `"${key}" ` : ''}in this mapping; a key may appear only once`;
  }
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /^!\S*/.exec(text.slice(offset))?.[0] ?? message.replace(/^Unresolved tag: /, '');
    return `unsupported YAML tag ${tag}; a plan holds plain values only`;
  }
  const known = YAML_MESSAGES[code];
  if (known) return known;
  const first = message.split('\n')[0] ?? message;
  return `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '').replace(/^./, (c) => c.toLowerCase())}`;
}

class Converter {
  private aliasCount = 0;

  constructor(
    private readonly document: Document.Parsed,
    private readonly source: SourceMap,
    private readonly limits: Limits,
    private readonly problems: ParseProblem[],
  ) {}

  convert(node: Node, pointer: string, depth: number): unknown {
    const { isAlias, isMap, isScalar, isSeq } = yaml();
    const offset = node.range?.[0] ?? 0;
    this.source.setValue(pointer, offset);
    if (isAlias(node)) return this.expand(node, pointer, depth);
    if (isScalar(node)) return this.scalar(node.value, offset);
    if (depth >= this.limits.depth) {
      this.problems.push({
        message: `nesting deeper than ${this.limits.depth} levels; a plan never needs this (raise limits.depth in krisplan.config.yaml if it must)`,
        offset,
      });
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
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
          this.problems.push({ message: 'a mapping key must be plain text', offset: keyNode?.range?.[0] ?? offset });
          continue;
        }
        const key = String(keyNode.value);
        const child = `${pointer}/${escapePointer(key)}`;
        const keyOffset = keyNode.range?.[0] ?? offset;
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
    const target = alias.resolve(this.document);
    if (!target) {
      this.problems.push({ message: `unknown alias *${alias.source}`, offset });
      return null;
    }
    const value = this.convert(target as Node, pointer, depth);
    this.source.setValue(pointer, offset);
    return value;
  }

  private scalar(value: unknown, offset: number): unknown {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'bigint') return Number(value);
    this.problems.push({ message: 'unsupported YAML value (binary or tagged data); a plan holds plain values only', offset });
    return null;
  }
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
