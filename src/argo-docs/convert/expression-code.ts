// expr-lang text (a `{{=...}}` tag, a `valueFrom.expression`, a hook's `expression`) → a typed
// `expression<T>` over refs. A variable becomes a ref only where `expression` writes that ref back as the
// same text (`steps['flip-coin'].outputs.result`, not `steps["flip-coin"]`), so the round trip stays exact;
// the rest of the text is kept as it is.
import { exprVariable } from '../../core/expr-variable.js';
import { scanTags } from '../../core/tag-scanner.js';
import { use, type DocContext } from './emit-context.js';
import type { RefExpr, Resolver } from './ref-expressions.js';
import { templateText } from './ts-code.js';

/** A variable path: `a.b`, `a['b-c']`, `a["b-c"]`, `a[0]`, each segment recorded with its Argo name. */
const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\['([^'\\]*)'\]|\["([^"\\]*)"\]|\[(\d+)\]/y;
const HEAD = /[A-Za-z_][A-Za-z0-9_]*/y;

/** A variable path at `at`: its segments' Argo names, and where each prefix of it ends. */
const pathAt = (text: string, at: number): { readonly names: ReadonlyArray<string>; readonly ends: ReadonlyArray<number> } | undefined => {
  HEAD.lastIndex = at;
  const head = HEAD.exec(text);
  if (head === null) return undefined;
  const names = [head[0]];
  const ends = [HEAD.lastIndex];
  SEGMENT.lastIndex = HEAD.lastIndex;
  for (let m = SEGMENT.exec(text); m !== null; m = SEGMENT.exec(text)) {
    names.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    ends.push(SEGMENT.lastIndex);
  }
  return { names, ends };
};

/** The end of the string literal that opens at `at` (expr-lang's `'...'` and `"..."`, with `\` escapes). */
const stringEnd = (text: string, at: number): number => {
  const quote = text[at];
  let i = at + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
};

/**
 * Walks the variables of expr-lang `text` outside its string literals; `visit` returns where to go on
 * (past what it took), or `undefined` to step over the variable's first character only.
 */
const eachPath = (text: string, visit: (at: number, names: ReadonlyArray<string>, ends: ReadonlyArray<number>) => number | undefined): void => {
  for (let i = 0; i < text.length; ) {
    const c = text[i] ?? '';
    if (c === "'" || c === '"' || c === '`') {
      i = stringEnd(text, i);
      continue;
    }
    const path = /[A-Za-z_]/.test(c) && !/[A-Za-z0-9_.#$]/.test(text[i - 1] ?? '') ? pathAt(text, i) : undefined;
    i = (path === undefined ? undefined : visit(i, path.names, path.ends)) ?? i + 1;
  }
};

/** The Argo variables an expression reads (`tasks.a.outputs.result`), whole paths. */
export const expressionKeys = (text: string): ReadonlyArray<string> => {
  const keys: string[] = [];
  eachPath(text, (_, names, ends) => {
    keys.push(names.join('.'));
    return ends[ends.length - 1];
  });
  return keys;
};

/** The code of `expression<T>` over the refs `text` reads, and whether it reads any this module can name. */
const build = (text: string, resolve: Resolver, type?: string): RefExpr & { readonly reads: boolean } => {
  let body = '';
  let at = 0;
  let via: 'i' | 'o' | undefined;
  eachPath(text, (start, names, ends) => {
    // The longest prefix that resolves to a ref `expression` writes back as the same text.
    for (let k = names.length; k > 0; k--) {
      const key = names.slice(0, k).join('.');
      const end = ends[k - 1] ?? start;
      const ref = exprVariable(key) === text.slice(start, end) ? resolve(key) : undefined;
      if (ref === undefined) continue;
      body += `${templateText(text.slice(at, start))}\${${ref.text}}`;
      if (ref.via === 'o' || (ref.via === 'i' && via === undefined)) via = ref.via;
      at = end;
      return end;
    }
    return undefined;
  });
  body += templateText(text.slice(at));
  const tag = `expression${type === undefined ? '' : `<${type}>`}`;
  return { text: `${tag}\`${body}\``, type: type === 'boolean' ? 'boolean' : 'string', ...(via !== undefined && { via }), reads: at > 0 };
};

/** `expression<T>` over the refs `text` reads (`type` the type argument, `string` when none). */
export const expressionCode = (ctx: DocContext, text: string, resolve: Resolver, type?: string): RefExpr => {
  use(ctx, 'expression');
  return build(text, resolve, type);
};

/** As `expressionCode`, when the text reads a ref (else it reads as well as plain text). */
export const expressionOverRefs = (ctx: DocContext, text: string, resolve: Resolver, type?: string): RefExpr | undefined => {
  const e = build(text, resolve, type);
  if (!e.reads) return undefined;
  use(ctx, 'expression');
  return e;
};

/** Resolves an expression tag (its key is its text, `=` first) over the refs the whole chain `all` names. */
export const expressionResolver =
  (ctx: DocContext): Resolver =>
  (key, all) =>
    key.startsWith('=') && all !== undefined ? expressionCode(ctx, key.slice(1), all) : undefined;

/** The expression of a string that is one expression tag and nothing else (`{{=...}}`), if it is one. */
export const wholeExpression = (s: string): string | undefined => {
  const { tags } = scanTags(s);
  const only = tags[0];
  return tags.length === 1 && only !== undefined && only.expression && `{{${only.raw}}}` === s ? only.raw.slice(1) : undefined;
};
