// `{{...}}` tags in Argo strings → TypeScript ref expressions (`i.message`, `A.out.result`, `item.image`),
// read with the project's one tag scanner. A tag nothing resolves stays as text Argo fills in at run time.
import { hasTag, scanTags } from '../../core/tag-scanner.js';
import { code, templateText, textLiteral, type Code } from './ts-code.js';

// model

/**
 * What a ref holds, as far as the converted module types it. `looped`: an output of a looped call, a list of
 * each iteration's value; `outputs`: a looped call's `$all`, a list of objects whose fields are its output parameters.
 */
export type RefType = 'string' | 'number' | 'boolean' | 'list' | 'looped' | 'outputs' | 'artifact' | 'unknown';

/** A ref the module can name: its source and the type it has there. */
export interface RefExpr {
  readonly text: string;
  readonly type: RefType;
  /** The only values a string ref holds (an enum, a phase): a literal compared with it must be one, or the module fails tsc. */
  readonly members?: ReadonlyArray<string>;
  /** The callback parameter it is read through (`i` for inputs, `o` for own outputs), if any. */
  readonly via?: 'i' | 'o';
}

/**
 * Resolves the key of a tag (`inputs.parameters.x`; an expression tag's is its text, `=` first) to a ref,
 * or leaves it as text. `all` is the whole chain it is part of, for the refs inside an expression.
 */
export type Resolver = (key: string, all?: Resolver) => RefExpr | undefined;

/** A converted string: its code, its type when it is one ref alone, and the callback parameters it reads. */
export interface StringExpr {
  readonly code: Code;
  readonly type: RefType | 'text';
  readonly via: ReadonlySet<'i' | 'o'>;
}

// constructors

/** Tries each resolver in turn. */
export const resolvers = (...all: ReadonlyArray<Resolver | undefined>): Resolver => {
  const chain: Resolver = (key, outer) => {
    for (const r of all) {
      const found = r?.(key, outer ?? chain);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return chain;
};

const NONE: ReadonlySet<'i' | 'o'> = new Set();

/**
 * `s` as a TypeScript expression: a quoted literal when no tag resolves, the ref itself when `s` is one
 * tag, a template literal otherwise.
 */
export const stringExpr = (s: string, resolve: Resolver): StringExpr => {
  const text = { code: code(textLiteral(s)), type: 'text' as const, via: NONE };
  if (!hasTag(s)) return text;
  const scan = scanTags(s);
  if (scan.unclosedAt !== undefined) return text;
  const parts: Array<string | RefExpr> = [];
  const via = new Set<'i' | 'o'>();
  let at = 0;
  let pos = 0;
  for (const tag of scan.tags) {
    const open = s.indexOf('{{', pos);
    const close = open + 2 + tag.raw.length + 2;
    pos = close;
    const ref = resolve(tag.expression ? tag.raw : tag.key);
    if (ref === undefined) continue;
    if (open > at) parts.push(s.slice(at, open));
    parts.push(ref);
    if (ref.via !== undefined) via.add(ref.via);
    at = close;
  }
  if (parts.length === 0) return text;
  if (at < s.length) parts.push(s.slice(at));
  const only = parts[0];
  if (parts.length === 1 && typeof only === 'object') return { code: code(only.text), type: only.type, via };
  const body = parts.map((p) => (typeof p === 'string' ? templateText(p) : `\${${p.text}}`)).join('');
  return { code: code(`\`${body}\``), type: 'text', via };
};

/** A string expression where a string is expected: a ref of another type goes inside a template literal. */
export const asString = (e: StringExpr): Code => (e.type === 'text' || e.type === 'string' ? e.code : code(`\`\${${e.code.text}}\``));

/** A string expression where plain text is expected (no ref): a ref goes inside a template literal. */
export const asText = (e: StringExpr): Code => (e.type === 'text' ? e.code : code(`\`\${${e.code.text}}\``));
