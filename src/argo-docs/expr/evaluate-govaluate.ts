import * as E from 'fp-ts/lib/Either.js';
import { ExprError } from './expr-error.js';
import type { ExprValue } from './expr-value.js';
import { GovaluateSyntaxError, tokenizeGovaluate } from './govaluate-lexer.js';
import type { GovaluateToken } from './govaluate-lexer.js';

// knetic/govaluate v3 as Argo evaluates a step's or task's `when` after substituting its tags
// (workflow/controller/steps.go shouldExecute): every bare word (VARIABLE token) becomes a string, so
// `heads == heads` and `True == False` compare strings; numbers are float64; `+` concatenates when either
// side is a string; `< > <= >=` take two numbers or two strings; `=~`/`!~` are regex matches; `in` takes a
// parenthesized list `(a, b)`. Operator precedence, lowest first: `,` `? : ??` `||` `&&` `& | ^` `<< >>`
// comparators `+ -` `* / %` `**` prefix.

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

const KIND_OF_OPERATOR: Readonly<Record<string, string>> = { COMPARATOR: 'comparator', LOGICALOP: 'logical operator', MODIFIER: 'modifier' };

/** A runtime failure with govaluate's message. */
class GovaluateRuntimeError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** Go's `%v` of govaluate values. */
const show = (v: ExprValue): string => (Array.isArray(v) ? `[${v.map(show).join(' ')}]` : v === null ? '<nil>' : String(v));

const deepEqual = (a: ExprValue, b: ExprValue): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x: ExprValue, i: number) => deepEqual(x, (b as ReadonlyArray<ExprValue>)[i] ?? null)) : a === b;

type Node = (() => ExprValue) & { readonly position: number };

const failSyntax = (message: string, position: number): never => {
  throw new GovaluateSyntaxError(message, position);
};

const node = (position: number, f: () => ExprValue): Node => Object.assign(f, { position });

const parse = (tokens: ReadonlyArray<GovaluateToken>, source: string): Node => {
  let i = 0;
  const peek = (): GovaluateToken | undefined => tokens[i];
  const next = (): GovaluateToken => tokens[i++] ?? failSyntax('Unexpected end of expression', source.length);

  const fail = (op: GovaluateToken, v: ExprValue, what: string): never => {
    throw new GovaluateRuntimeError(`Value '${show(v)}' cannot be used with the ${KIND_OF_OPERATOR[op.kind] ?? 'operator'} '${op.value}', it is not ${what}`, op.position);
  };
  const number = (op: GovaluateToken, v: ExprValue): number => (typeof v === 'number' ? v : fail(op, v, 'a number'));
  const boolean = (op: GovaluateToken, v: ExprValue): boolean => (typeof v === 'boolean' ? v : fail(op, v, 'a bool'));

  const binary = (op: GovaluateToken, l: Node, r: Node): Node =>
    node(l.position, () => {
      const o = String(op.value);
      if (o === '&&') return boolean(op, l()) && boolean(op, r());
      if (o === '||') return boolean(op, l()) || boolean(op, r());
      const a = l();
      const b = r();
      switch (o) {
        case '==': return deepEqual(a, b);
        case '!=': return !deepEqual(a, b);
        case '>': case '>=': case '<': case '<=': {
          if (typeof a === 'string' && typeof b === 'string') return o === '>' ? a > b : o === '>=' ? a >= b : o === '<' ? a < b : a <= b;
          const x = number(op, a);
          const y = number(op, b);
          return o === '>' ? x > y : o === '>=' ? x >= y : o === '<' ? x < y : x <= y;
        }
        case '=~': case '!~': {
          if (typeof a !== 'string') fail(op, a, 'a string');
          if (typeof b !== 'string') fail(op, b, 'a string');
          let re: RegExp;
          try {
            re = new RegExp(String(b), 'u');
          } catch (e) {
            throw new GovaluateRuntimeError(`Unable to compile regexp pattern '${String(b)}': ${(e as Error).message}`, op.position);
          }
          return re.test(String(a)) === (o === '=~');
        }
        case 'in':
          if (!Array.isArray(b)) return fail(op, b, 'an array');
          return (b as ReadonlyArray<ExprValue>).some((x) => deepEqual(a, x));
        case '+':
          if (typeof a === 'string' || typeof b === 'string') return `${show(a)}${show(b)}`;
          return number(op, a) + number(op, b);
        case '-': return number(op, a) - number(op, b);
        case '*': return number(op, a) * number(op, b);
        case '/': return number(op, a) / number(op, b);
        case '%': return number(op, a) % number(op, b);
        case '**': return number(op, a) ** number(op, b);
        case '&': return number(op, a) & number(op, b);
        case '|': return number(op, a) | number(op, b);
        case '^': return number(op, a) ^ number(op, b);
        case '<<': return number(op, a) << number(op, b);
        default: return number(op, a) >> number(op, b);
      }
    });

  const separated = (): Node => {
    const first = ternary();
    if (peek()?.kind !== 'SEPARATOR') return first;
    const items = [first];
    while (peek()?.kind === 'SEPARATOR') {
      next();
      items.push(ternary());
    }
    return node(first.position, () => items.map((n) => n()));
  };

  const ternary = (): Node => {
    const test = level(0);
    const t = peek();
    if (t?.kind !== 'TERNARY') return test;
    next();
    if (t.value === '??') {
      const right = ternary();
      return node(test.position, () => test() ?? right());
    }
    if (t.value !== '?') throw new GovaluateSyntaxError(`Unexpected ternary operator '${t.value}'`, t.position);
    const yes = level(0);
    const colon = peek();
    const no = colon?.kind === 'TERNARY' && colon.value === ':' ? (next(), ternary()) : undefined;
    return node(test.position, () => (boolean(t, test()) ? yes() : no === undefined ? null : no()));
  };

  const level = (n: number): Node => {
    const ops = LEVELS[n];
    if (ops === undefined) return prefix();
    let left = level(n + 1);
    for (let t = peek(); t !== undefined && t.kind !== 'PREFIX' && ops.has(String(t.value)); t = peek()) {
      next();
      left = binary(t, left, level(n + 1));
    }
    return left;
  };

  const prefix = (): Node => {
    const t = next();
    if (t.kind === 'PREFIX') {
      const arg = prefix();
      return node(t.position, () => {
        const v = arg();
        if (t.value === '!') return !boolean(t, v);
        return t.value === '-' ? -number(t, v) : ~number(t, v);
      });
    }
    if (t.kind === 'CLAUSE') {
      const inner = peek()?.kind === 'CLAUSE_CLOSE' ? node(t.position, () => []) : separated();
      if (next().kind !== 'CLAUSE_CLOSE') throw new GovaluateSyntaxError('Unbalanced parenthesis', t.position);
      return inner;
    }
    if (t.kind === 'ACCESSOR') {
      const root = String(t.value).split('.')[0] ?? '';
      return node(t.position, () => {
        throw new GovaluateRuntimeError(`No parameter '${root}' found.`, t.position);
      });
    }
    if (t.kind === 'NUMERIC' || t.kind === 'BOOLEAN' || t.kind === 'STRING' || t.kind === 'TIME') return node(t.position, () => t.value);
    throw new GovaluateSyntaxError(`Unexpected token ${t.kind} [${t.value}]`, t.position);
  };

  const root = separated();
  const extra = peek();
  if (extra !== undefined) {
    throw new GovaluateSyntaxError(extra.kind === 'CLAUSE_CLOSE' ? 'Unbalanced parenthesis' : `Unexpected token ${extra.kind} [${extra.value}]`, extra.position);
  }
  return root;
};

/** Argo's rewrite, after govaluate has read the tokens: every bare word is a string literal. */
const wordsAsStrings = (tokens: ReadonlyArray<GovaluateToken>): ReadonlyArray<GovaluateToken> =>
  tokens.map((t) => (t.kind === 'VARIABLE' ? { ...t, kind: 'STRING' } : t));

/**
 * Evaluates a govaluate expression the way Argo evaluates a `when` once its `{{...}}` tags are
 * substituted: bare words are strings. Messages are govaluate's, prefixed as Argo prefixes them.
 *
 * ```ts
 * evaluateGovaluate('heads == heads && 3 < 10')   // right(true)
 * ```
 * @category evaluation
 */
export const evaluateGovaluate = (source: string): E.Either<ExprError, ExprValue> => {
  let program: Node;
  try {
    program = parse(wordsAsStrings(tokenizeGovaluate(source)), source);
  } catch (e) {
    if (!(e instanceof GovaluateSyntaxError)) throw e;
    const hint = e.message.startsWith('Invalid token') ? ' (hint: try wrapping the affected expression in quotes ("))' : '';
    return E.left(new ExprError(source, e.position, `Invalid 'when' expression '${source}': ${e.message}${hint}`));
  }
  try {
    return E.right(program());
  } catch (e) {
    if (!(e instanceof GovaluateRuntimeError)) throw e;
    return E.left(new ExprError(source, e.position, `Failed to evaluate 'when' result '${source}': ${e.message}`));
  }
};

/**
 * A step's or task's `when`, after substitution: true to run, false to skip; anything but a boolean is
 * Argo's error `Expected boolean evaluation`. An empty `when` runs.
 * @category evaluation
 */
export const evaluateWhen = (source: string): E.Either<ExprError, boolean> => {
  if (source === '') return E.right(true);
  return E.flatMap(evaluateGovaluate(source), (v) =>
    typeof v === 'boolean' ? E.right(v) : E.left(new ExprError(source, 0, `Expected boolean evaluation for '${source}'. Got ${show(v)}`)),
  );
};
