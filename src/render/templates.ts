import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { KrisplanError } from '../errors.js';
import { isMessageKey, translate, type Lang } from '../i18n/index.js';

export type TemplateFormat = 'html' | 'md';

/** The built-in templates: templates/handbook/<format>/<name>.hbs; `handbook` is the page, every other file a partial. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/handbook/', import.meta.url));
const MAIN = 'handbook';
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing']);

interface Source {
  name: string;
  /** path shown in errors */
  shown: string;
  text: string;
}

export type CompiledHandbook = (view: object) => string;

/**
 * Compiles the handbook templates of one format: the built-in ones, each replaced by a file of the same name
 * in `<userDir>/<format>/` (which may also add partials). Only template files are ever compiled; plan text
 * reaches them as data. In HTML, triple braces are refused so that no template can print plan text unescaped.
 */
export function compileHandbook(format: TemplateFormat, userDir?: string): CompiledHandbook {
  const sources = new Map<string, Source>();
  for (const source of readFolder(join(BUILTIN_TEMPLATES, format), BUILTIN_TEMPLATES)) sources.set(source.name, source);
  const own: string[] = [];
  if (userDir !== undefined) {
    checkUserDir(userDir);
    for (const source of readFolder(join(userDir, format), undefined)) {
      sources.set(source.name, source);
      own.push(source.shown);
    }
  }
  const main = sources.get(MAIN);
  if (!main) throw new KrisplanError(`no ${MAIN}.hbs template for ${format}`);

  // loaded on first use, so that importing the library does not pay for the template compiler
  const hb = (createRequire(import.meta.url)('handlebars') as typeof Handlebars).create();
  registerHelpers(hb);
  const options = { noEscape: format === 'md', strict: false, preventIndent: true };
  for (const source of sources.values()) check(hb, source, format, sources);
  const budget = new Budget();
  meterEach(hb, budget);
  for (const source of sources.values()) if (source.name !== MAIN) hb.registerPartial(source.name, metered(hb.compile(source.text, options), budget));
  const template = hb.compile(main.text, options);
  return (view) => {
    budget.reset();
    try {
      const out = template(view);
      budget.spend(out.length);
      return out;
    } catch (error) {
      const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      // a run-time error names the page template, though the cause is most likely in one of the user's own
      const partials = own.filter((shown) => shown !== main.shown).sort();
      const named = partials.length > 3 ? `${partials.slice(0, 3).join(', ')} and ${partials.length - 3} more` : partials.join(', ');
      const where = partials.length > 0 ? `${main.shown} with your templates ${named}` : main.shown;
      const message = first === 'Maximum call stack size exceeded' ? SELF_INCLUDED : first;
      throw new KrisplanError(`template error in ${where}: ${message}`, { cause: error });
    }
  };
}

/** How deep partials may nest: the built-in ones nest 3 deep; a partial that includes itself stops here, not at a stack overflow. */
export const MAX_PARTIAL_DEPTH = 32;
/**
 * The most work one handbook may take, in characters written by partials and {{#each}} bodies plus CALL_COST per call
 * (nested output counts once per level). The built-in templates use about 4 per character of the handbook, so
 * this allows a handbook of some 60 MB, and stops a template that doubles its output per level, or nests loops
 * over long lists, within a few seconds and a few hundred MB instead of running out of memory.
 */
export const MAX_TEMPLATE_WORK = 128 * 1024 * 1024;

const SELF_INCLUDED = 'a partial includes itself, directly or through others';

/** A call costs about as much time as writing this many characters, so that many calls with little output stop as soon. */
const CALL_COST = 64;

class Budget {
  depth = 0;
  work = 0;
  reset(): void {
    this.depth = 0;
    this.work = 0;
  }
  spend(chars: number): void {
    this.work += chars + CALL_COST;
    if (this.work > MAX_TEMPLATE_WORK) {
      throw new Error(`the templates produced more than ${MAX_TEMPLATE_WORK / 1024 / 1024} MB of text (partials or {{#each}} that multiply their output?); a handbook never needs this much`);
    }
  }
}

type Template = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** A partial that counts its depth and its output against the budget (past MAX_PARTIAL_DEPTH it is taken for one that includes itself). */
function metered(partial: Template, budget: Budget): Template {
  return (context, options) => {
    if (budget.depth >= MAX_PARTIAL_DEPTH) {
      throw new Error(SELF_INCLUDED);
    }
    budget.depth += 1;
    try {
      const out = partial(context, options);
      budget.spend(out.length);
      return out;
    } finally {
      budget.depth -= 1;
    }
  };
}

/** {{#each}} as built in, with each body counted against the budget, so nested loops cannot run for hours. */
function meterEach(hb: typeof Handlebars, budget: Budget): void {
  const each = hb.helpers.each as (this: unknown, context: unknown, options: Handlebars.HelperOptions) => string;
  hb.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const fn = options.fn;
    const counted = Object.assign((item: unknown, frame?: Handlebars.RuntimeOptions) => {
      const out = fn(item, frame);
      budget.spend(out.length);
      return out;
    }, fn);
    return each.call(this, context, { ...options, fn: counted } as Handlebars.HelperOptions);
  });
}

function checkUserDir(dir: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new KrisplanError(`templates folder ${dir} does not exist`);
  }
  if (!isDirectory) throw new KrisplanError(`--templates ${dir} is not a folder`);
  if (!existsSync(join(dir, 'html')) && !existsSync(join(dir, 'md'))) {
    throw new KrisplanError(`templates folder ${dir} has no html/ or md/ folder; put overrides in ${join(dir, 'html')}/<name>.hbs (see docs/templates.md)`);
  }
}

function readFolder(dir: string, base: string | undefined): Source[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => {
      const path = join(dir, entry.name);
      const name = entry.name.slice(0, -'.hbs'.length);
      const text = readFileSync(path, 'utf8');
      // a partial is used inline (a name beside a phone number): the file's final newline is not part of it
      return { name, shown: base ? `built-in ${relative(base, path)}` : path, text: name === MAIN ? text : text.replace(/\r?\n$/, '') };
    });
}

/**
 * The handbook's stylesheet (the built-in html/styles.hbs) in a language: the incident kit prints with it, so that
 * the kit and the handbook look and print alike.
 */
export function handbookStyles(lang: Lang): string {
  const source = readFolder(join(BUILTIN_TEMPLATES, 'html'), BUILTIN_TEMPLATES).find((candidate) => candidate.name === 'styles');
  if (!source) throw new KrisplanError('no styles.hbs template for html');
  const hb = (createRequire(import.meta.url)('handlebars') as typeof Handlebars).create();
  registerHelpers(hb);
  return hb.compile(source.text, { strict: false, preventIndent: true })({ lang });
}

type Node = hbs.AST.Node & Record<string, unknown>;

/** Syntax, partials, helpers and text keys, so that a mistake is reported with its template and line. */
function check(hb: typeof Handlebars, source: Source, format: TemplateFormat, sources: ReadonlyMap<string, Source>): void {
  const fail = (line: number | undefined, message: string): never => {
    throw new KrisplanError(`template ${source.shown}${line !== undefined ? ` line ${line}` : ''}: ${message}`);
  };
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /on line (\d+)/.exec(message)?.[1] ?? (error as { lineNumber?: number }).lineNumber;
    const lines = message.split('\n');
    return fail(line === undefined ? undefined : Number(line), (lines.length > 1 ? lines[lines.length - 1]! : lines[0]!).replace(/ on line \d+/, ''));
  }
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    const line = (n.loc as hbs.AST.SourceLocation | undefined)?.start.line;
    const path = n.path as hbs.AST.PathExpression | undefined;
    const params = (n.params as hbs.AST.Expression[] | undefined) ?? [];
    const hash = n.hash as hbs.AST.Hash | undefined;
    if (n.type === 'MustacheStatement' && n.escaped === false && format === 'html') {
      fail(line, 'triple braces {{{ }}} (or {{& }}) would print plan text unescaped; use {{ }}');
    }
    if ((n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') && path?.type === 'PathExpression') {
      const isCall = params.length > 0 || (hash?.pairs.length ?? 0) > 0 || n.type === 'SubExpression';
      if (isCall && !HELPERS.has(path.original) && !BUILTIN_HELPERS.has(path.original)) fail(line, `unknown helper "${path.original}"`);
      if (path.original === 't') {
        const key = params[0];
        if (key?.type === 'StringLiteral' && !isMessageKey((key as hbs.AST.StringLiteral).value)) {
          fail(line, `unknown text key "${(key as hbs.AST.StringLiteral).value}" for {{t}}`);
        }
      }
    }
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && (n.name as hbs.AST.Node).type === 'PathExpression') {
      const name = (n.name as hbs.AST.PathExpression).original;
      if (!sources.has(name) && name !== '@partial-block') fail(line, `unknown partial "${name}" (no ${name}.hbs template)`);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip') visit(value);
  };
  visit(ast.body);
}

const HELPERS = new Set(['t', 'eq', 'join', 'any', 'address']);

function registerHelpers(hb: typeof Handlebars): void {
  /** {{t "key" name=value}}: a fixed string in the handbook's language. */
  hb.registerHelper('t', function (this: unknown, key: unknown, options: Handlebars.HelperOptions) {
    const lang = ((options.data as { root?: { lang?: Lang } } | undefined)?.root?.lang ?? 'en') as Lang;
    const name = String(key);
    return isMessageKey(name) ? translate(lang, name, options.hash) : name;
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** {{join list ", "}} */
  hb.registerHelper('join', (list: unknown, separator: unknown) => (Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : ', ') : ''));
  /** {{#if (any a b)}}: true when any argument is a non-empty value or list */
  hb.registerHelper('any', (...args: unknown[]) => args.slice(0, -1).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value))));
  /** {{address email}} (HTML): escaped, and breakable only after the @ and before a dot, never inside a word */
  hb.registerHelper('address', (value: unknown) => new hb.SafeString(hb.escapeExpression(String(value ?? '')).replace(/@/g, '@<wbr>').replace(/\./g, '<wbr>.')));
}
