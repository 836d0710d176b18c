import type { Alias, Document, Node } from 'yaml';
import { tooDeepMessage, tooManyValues } from './budget.js';
import type { Limits } from './limits.js';
import type { SourceMap } from './locate.js';
import type { ParseProblem } from './parse.js';
import { escapePointer } from './pointer.js';
import { yamlLibrary as yaml } from './yaml-library.js';

/**
 * Plain data from a composed document, with the position of every node by JSON Pointer: counts aliases, values
 * and depth against the limits, finds duplicate keys and keeps `__proto__` an ordinary key.
 */
export class Converter {
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
