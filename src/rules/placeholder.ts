import { escapePointer } from '../load/pointer.js';
import type { Rule, RuleHit } from './types.js';

/**
 * The placeholder marker: a string value that begins with `TODO` in any case, on its own or right after
 * `http://` / `https://`, and not followed by a letter, digit, `-` or `_` (so `TODO: name`,
 * `TODO +46 00 000 00 00`, `todo@example.invalid` and `https://todo.example.invalid` are placeholders, while
 * `Todos`, `todo-list@example.com` and `https://todoist.com` are real values). `krisplan init` writes exactly these.
 */
export const PLACEHOLDER = /^(?:https?:\/\/)?todo(?![\p{L}\p{N}_-])/iu;

export const PLACEHOLDER_PHONE = 'TODO +46 00 000 00 00';
export const PLACEHOLDER_EMAIL = 'todo@example.invalid';
export const PLACEHOLDER_URL = 'https://todo.example.invalid';

export function isPlaceholder(value: string): boolean {
  // every placeholder starts with t or h (`todo`, `http`); most values are rejected without the regex
  const first = value.charCodeAt(0) | 0x20;
  return (first === 0x74 || first === 0x68) && PLACEHOLDER.test(value);
}

const rule: Rule = {
  id: 'placeholder',
  severity: 'warning',
  description: 'A value that still starts with the TODO marker (as krisplan init writes them) must be filled in.',
  check(plan, context) {
    const hits: RuleHit[] = [];
    // the pointer is built only for a hit: this rule visits every value of every plan, so a leaf is tested by its
    // parent's loop and only mappings and lists are descended into
    const segments: (string | number)[] = [];
    const report = (segment: string | number, value: string): void => {
      segments.push(segment);
      const path = segments.map((part) => `/${escapePointer(String(part))}`).join('');
      segments.pop();
      hits.push({ path, text: { key: 'rule.placeholder.detail', values: { thing: { node: path }, value: quote(value) } }, message: `${context.describe(path)} is still a placeholder (${quote(value)}); replace it with the real value` });
    };
    const child = (segment: string | number, value: unknown): void => {
      if (typeof value === 'string') {
        if (isPlaceholder(value)) report(segment, value);
      } else if (typeof value === 'object' && value !== null) {
        segments.push(segment);
        visit(value);
        segments.pop();
      }
    };
    const visit = (value: object): void => {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (i in value) child(i, value[i]);
      } else {
        for (const key in value) child(key, (value as Record<string, unknown>)[key]);
      }
    };
    visit(plan);
    return hits;
  },
};

function quote(value: string): string {
  const line = value.split('\n')[0]!;
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}…` : line);
}

export default rule;
