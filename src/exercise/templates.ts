import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { KrisplanError } from '../errors.js';
import { isMessageKey, translate, type Lang } from '../i18n/index.js';

/** The pack's built-in templates (the path works from dist/exercise/ and from the bundle in dist/bundle/): templates/exercise/<format>/<document>.hbs, and partials starting with `_`. */
const ROOT = fileURLToPath(new URL('../../templates/', import.meta.url));
export const DOCUMENTS = ['facilitator-guide', 'participant-handouts', 'observer-sheet', 'feedback-form', 'after-action-report'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

export type CompiledPack = Record<DocumentName, (view: object) => string>;

/**
 * Compiles the pack's documents of one format. The handbook's stylesheet is a partial here too, so a pack
 * looks like the handbook it comes from. Plan text reaches templates only as data; in HTML, triple braces
 * are refused so that nothing can print it unescaped.
 */
export function compilePack(format: 'html' | 'md'): CompiledPack {
  const hb = (createRequire(import.meta.url)('handlebars') as typeof Handlebars).create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // the handbook's stylesheet prints its page footer ("Page 1 of 4") through the handbook's words
  hb.registerHelper('t', (key: unknown, helper: Handlebars.HelperOptions) => {
    const lang = ((helper.data as { root?: { lang?: Lang } } | undefined)?.root?.lang ?? 'en') as Lang;
    return typeof key === 'string' && isMessageKey(key) ? translate(lang, key) : String(key);
  });
  const options = { noEscape: format === 'md', strict: false, preventIndent: true };
  const dir = join(ROOT, 'exercise', format);
  const files = readdirSync(dir).filter((name) => name.endsWith('.hbs'));
  const partial = (name: string, text: string) => hb.registerPartial(name, hb.compile(check(text, name, format), options));
  if (format === 'html') partial('handbook-styles', readFileSync(join(ROOT, 'handbook', 'html', 'styles.hbs'), 'utf8'));
  for (const file of files) if (file.startsWith('_')) partial(file.slice(1, -4), readFileSync(join(dir, file), 'utf8').replace(/\r?\n$/, ''));
  const result = {} as CompiledPack;
  for (const name of DOCUMENTS) {
    const path = join(dir, `${name}.hbs`);
    if (!existsSync(path)) throw new KrisplanError(`no ${name}.hbs template for ${format}`);
    result[name] = hb.compile(check(readFileSync(path, 'utf8'), name, format), options);
  }
  return result;
}

function check(text: string, name: string, format: 'html' | 'md'): string {
  if (format === 'html' && /\{\{\{|\{\{&/.test(text)) throw new KrisplanError(`template ${name}: triple braces would print plan text unescaped`);
  return text;
}
