import { GovaluateSyntaxError, tokenizeGovaluate, type GovaluateToken } from './govaluate-lexer.js';

// knetic/govaluate v3's parse of a `when` after Argo's rewrite (workflow/controller/steps.go shouldExecute):
// every bare word (VARIABLE token) becomes a string, so `heads == heads` and `True == False` compare
// strings. Operator precedence, lowest first: `,` `? : ??` `||` `&&` `& | ^` `<< >>` comparators `+ -`
// `* / %` `**` prefix. One tree for the evaluator and for comparing two `when`s by meaning.

// model

/** A literal after Argo's rewrite: a bare word is a STRING. @category model */
export type GovaluateLiteral = GovaluateToken & { readonly kind: 'NUMERIC' | 'BOOLEAN' | 'STRING' | 'TIME' };

/** A parsed govaluate expression; `position` is where its text starts (for messages). @category model */
export type GovaluateAst =
  | { readonly kind: 'Literal'; readonly token: GovaluateLiteral; readonly position: number }
  /** `a.b`: a word with a dot, which fails when evaluated (Argo turns only plain words into strings). */
  | { readonly kind: 'Accessor'; readonly root: string; readonly position: number }
  | { readonly kind: 'Prefix'; readonly op: GovaluateToken; readonly operand: GovaluateAst; readonly position: number }
  | { readonly kind: 'Binary'; readonly op: GovaluateToken; readonly left: GovaluateAst; readonly right: GovaluateAst; readonly position: number }
  | { readonly kind: 'List'; readonly items: ReadonlyArray<GovaluateAst>; readonly position: number }
  | { readonly kind: 'Ternary'; readonly op: GovaluateToken; readonly test: GovaluateAst; readonly yes: GovaluateAst; readonly no?: GovaluateAst; readonly position: number };

const LEVELS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['||']),
  new Set(['&&']),
  new Set(['&', '|', '^']),
  new Set(['<<', '>>']),
  new Set(['==', '!=', '>', '>=', '<', '<=', '=~', '!~', 'in']),
  new Set(['+', '-']),
  new Set(['*', '/', '%']),
  new Set(['**']),
];

const failSyntax = (message: string, position: number): never => {
  throw new GovaluateSyntaxError(message, position);
};

const isLiteral = (t: GovaluateToken): t is GovaluateLiteral => t.kind === 'NUMERIC' || t.kind === 'BOOLEAN' || t.kind === 'STRING' || t.kind === 'TIME';

/** Argo's rewrite, after govaluate has read the tokens: every bare word is a string literal. */
const wordsAsStrings = (tokens: ReadonlyArray<GovaluateToken>): ReadonlyArray<GovaluateToken> =>
  tokens.map((t) => (t.kind === 'VARIABLE' ? { ...t, kind: 'STRING' } : t));

/** Parses a `when` (after substitution) as Argo reads it, or throws GovaluateSyntaxError. @category utils */
export const parseGovaluate = (source: string): GovaluateAst => {
  const tokens = wordsAsStrings(tokenizeGovaluate(source));
  let i = 0;
  const peek = (): GovaluateToken | undefined => tokens[i];
  const next = (): GovaluateToken => tokens[i++] ?? failSyntax('Unexpected end of expression', source.length);

  const separated = (): GovaluateAst => {
    const first = ternary();
    if (peek()?.kind !== 'SEPARATOR') return first;
    const items = [first];
    while (peek()?.kind === 'SEPARATOR') {
      next();
      items.push(ternary());
    }
    return { kind: 'List', items, position: first.position };
  };

  const ternary = (): GovaluateAst => {
    const test = level(0);
    const op = peek();
    if (op?.kind !== 'TERNARY') return test;
    next();
    if (op.value === '??') return { kind: 'Ternary', op, test, yes: ternary(), position: test.position };
    if (op.value !== '?') throw new GovaluateSyntaxError(`Unexpected ternary operator '${op.value}'`, op.position);
    const yes = level(0);
    const colon = peek();
    if (colon?.kind !== 'TERNARY' || colon.value !== ':') return { kind: 'Ternary', op, test, yes, position: test.position };
    next();
    return { kind: 'Ternary', op, test, yes, no: ternary(), position: test.position };
  };

  const level = (n: number): GovaluateAst => {
    const ops = LEVELS[n];
    if (ops === undefined) return prefix();
    let left = level(n + 1);
    for (let op = peek(); op !== undefined && op.kind !== 'PREFIX' && ops.has(String(op.value)); op = peek()) {
      next();
      left = { kind: 'Binary', op, left, right: level(n + 1), position: left.position };
    }
    return left;
  };

  const prefix = (): GovaluateAst => {
    const t = next();
    if (t.kind === 'PREFIX') return { kind: 'Prefix', op: t, operand: prefix(), position: t.position };
    if (t.kind === 'CLAUSE') {
      const inner: GovaluateAst = peek()?.kind === 'CLAUSE_CLOSE' ? { kind: 'List', items: [], position: t.position } : separated();
      if (next().kind !== 'CLAUSE_CLOSE') throw new GovaluateSyntaxError('Unbalanced parenthesis', t.position);
      return inner;
    }
    if (t.kind === 'ACCESSOR') return { kind: 'Accessor', root: String(t.value).split('.')[0] ?? '', position: t.position };
    if (isLiteral(t)) return { kind: 'Literal', token: t, position: t.position };
    throw new GovaluateSyntaxError(`Unexpected token ${t.kind} [${t.value}]`, t.position);
  };

  const root = separated();
  const extra = peek();
  if (extra !== undefined) {
    throw new GovaluateSyntaxError(extra.kind === 'CLAUSE_CLOSE' ? 'Unbalanced parenthesis' : `Unexpected token ${extra.kind} [${extra.value}]`, extra.position);
  }
  return root;
};
