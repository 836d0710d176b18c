import type { CST, Document } from 'yaml';
import { maxYamlErrors, tooDeepMessage, tooManyTokens, tooManyValues, TOKENS_PER_VALUE } from './budget.js';
import type { Limits } from './limits.js';
import type { ParseProblem } from './parse.js';
import { yamlLibrary as yaml } from './yaml-library.js';

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
export function composeDocuments(text: string, limits: Limits, problems: ParseProblem[]): { documents: Document.Parsed[]; stoppedAt?: number } {
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
