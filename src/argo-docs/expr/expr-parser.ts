import jsep from 'jsep';

// jsep configured for expr-lang v1.17 as Argo compiles it. jsep keeps its operators in module state, so
// the configuration runs once here and this file is the only importer of jsep.
//
// Known differences from expr-lang, kept because no Argo workflow in the corpus needs them:
// * unary `-`, `!` and `not` bind to the next operand only, so `-2 ** 2` is 4 (expr-lang: -4);
// * slices `a[1:3]`, backtick strings, `let`, `.field` shorthand in predicates and `a..b` on names
//   (ranges on number literals work) do not parse.

/** A parsed expression: jsep's nodes plus `MapExpression` and `Closure` (see `gobbleBrace`). @category model */
export type ExprNode = jsep.Expression;

/** `{k: v, ...}`: an expr-lang map literal. @category model */
export interface MapExpression extends jsep.Expression {
  readonly type: 'MapExpression';
  readonly entries: ReadonlyArray<{ readonly key: string; readonly value: ExprNode }>;
}

/** `{ body }`: an expr-lang predicate, the second argument of `filter`, `map`, `all`... @category model */
export interface Closure extends jsep.Expression {
  readonly type: 'Closure';
  readonly body: ExprNode;
}

/** Where a parse failed: offset into the source and jsep's description. @category model */
export interface ParseFailure {
  readonly position: number;
  readonly description: string;
}

// expr-lang's table (parser/operator/operator.go). jsep treats precedence 0 as "not an operator", so the
// pipe `|` (0 upstream) gets 1; the order of every other operator is expr-lang's.
const BINARY: ReadonlyArray<readonly [string, number, boolean?]> = [
  ['|', 1],
  ['or', 10],
  ['||', 10],
  ['and', 15],
  ['&&', 15],
  ...['==', '!=', '<', '>', '>=', '<=', 'in', 'matches', 'contains', 'startsWith', 'endsWith'].map(
    (op) => [op, 20] as const,
  ),
  ...['in', 'matches', 'contains', 'startsWith', 'endsWith'].map((op) => [`not ${op}`, 20] as const),
  ['..', 25],
  ['+', 30],
  ['-', 30],
  ['*', 60],
  ['/', 60],
  ['%', 60],
  ['**', 100, true],
  ['^', 100, true],
  ['??', 500],
];

const starts: Array<number> = [];
const positions = new WeakMap<object, number>();

/** The node a compound expression starts with: `a` of `a.b`, `a + b`, `a(b)`, `a ? b : c`. */
const leftmost = (node: ExprNode): ExprNode | undefined => {
  const next = node['object'] ?? node['left'] ?? node['callee'] ?? node['test'];
  return typeof next === 'object' && next !== null && !Array.isArray(next) && 'type' in next ? (next as ExprNode) : undefined;
};

/** Where `node` starts in its source: its first token's start (operators have none of their own). @category utils */
export const positionOf = (node: ExprNode): number => {
  const own = positions.get(node);
  if (own !== undefined) return own;
  const left = leftmost(node);
  return left === undefined ? 0 : positionOf(left);
};

/** Gives `node` and its left spine the start `at`: jsep reports only whole tokens. */
const place = (node: ExprNode, at: number): void => {
  for (let n: ExprNode | undefined = node; n !== undefined && !positions.has(n); n = leftmost(n)) positions.set(n, at);
};

const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.(?!\.)[0-9_]*)?(?:[eE][+-]?[0-9]+)?)/;

/** Number literals, with `_` separators and hex, that leave the `..` of a range alone. */
function gobbleNumber(this: jsep.HookScope, env: { node?: ExprNode }): void {
  const raw = NUMBER.exec(this.expr.slice(this.index))?.[0];
  if (raw === undefined) return;
  this.index += raw.length;
  const text = raw.replace(/_/g, '');
  env.node = { type: 'Literal', value: Number(text), raw } satisfies jsep.Literal;
}

const KEY = /^(?:[A-Za-z_$][A-Za-z0-9_$]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[0-9]+)\s*:/;

/**
 * `{` opens a map literal when a key and `:` follow (`{avg: 1}`), and a predicate otherwise
 * (`{# > 1}`), as expr-lang decides from the position of the braces.
 */
function gobbleBrace(this: jsep.HookScope, env: { node?: ExprNode }): void {
  if (this.char !== '{') return;
  // `this.char` moves as jsep reads; a function call keeps TypeScript from narrowing it to '{'.
  const char = (): string => this.char;
  this.index++;
  this.gobbleSpaces();
  if (char() === '}' || KEY.test(this.expr.slice(this.index))) {
    const entries: Array<{ key: string; value: ExprNode }> = [];
    while (char() !== '}') {
      const key = this.gobbleToken();
      this.gobbleSpaces();
      if (!key || char() !== ':') this.throwError('Expected a map key and ":"');
      this.index++;
      const value = this.gobbleExpression();
      if (!value) this.throwError('Expected a value after ":"');
      const name = key.type === 'Identifier' ? key['name'] : key['value'];
      entries.push({ key: String(name), value });
      this.gobbleSpaces();
      if (char() === ',') {
        this.index++;
        this.gobbleSpaces();
      } else if (char() !== '}') this.throwError('Expected "," or "}" in a map');
    }
    this.index++;
    env.node = this.gobbleTokenProperty({ type: 'MapExpression', entries } satisfies MapExpression);
    return;
  }
  const body = this.gobbleExpression();
  this.gobbleSpaces();
  if (char() !== '}') this.throwError('Expected "}" to close the predicate');
  this.index++;
  env.node = { type: 'Closure', body } satisfies Closure;
}

jsep.removeAllBinaryOps();
for (const [op, precedence, right] of BINARY) jsep.addBinaryOp(op, precedence, right ?? false);
jsep.removeUnaryOp('~');
jsep.addUnaryOp('not');
jsep.removeLiteral('null');
jsep.addLiteral('nil', null);
jsep.addIdentifierChar('#');
jsep.this_str = '\u0000';
jsep.hooks.add('gobble-token', function recordStart(this: jsep.HookScope) {
  starts.push(this.index);
});
jsep.hooks.add('gobble-token', gobbleNumber);
jsep.hooks.add('gobble-token', gobbleBrace);
jsep.hooks.add('after-token', (env) => {
  const start = starts.pop();
  if (env.node && start !== undefined) place(env.node, start);
});

const isParseError = (e: unknown): e is Error & { readonly index: number; readonly description: string } =>
  e instanceof Error && typeof (e as { index?: unknown }).index === 'number';

/** Parses `source` as expr-lang, or says where it stops making sense. @category utils */
export const parseExpr = (source: string): ExprNode | ParseFailure => {
  starts.length = 0;
  try {
    return jsep(source);
  } catch (e) {
    if (isParseError(e)) return { position: e.index, description: e.description };
    throw e;
  }
};

/** Whether `parseExpr` failed. @category utils */
export const isParseFailure = (r: ExprNode | ParseFailure): r is ParseFailure => 'description' in r && !('type' in r);
