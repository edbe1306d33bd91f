import * as E from 'fp-ts/lib/Either.js';
import { ExprError } from './expr-error.js';
import type { ExprValue } from './expr-value.js';
import { GovaluateSyntaxError, type GovaluateToken } from './govaluate-lexer.js';
import { parseGovaluate, type GovaluateAst } from './govaluate-parser.js';

// knetic/govaluate v3 as Argo evaluates a step's or task's `when` after substituting its tags, over the tree
// of govaluate-parser.ts: numbers are float64; `+` concatenates when either side is a string; `< > <= >=`
// take two numbers or two strings; `=~`/`!~` are regex matches; `in` takes a parenthesized list `(a, b)`.

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

const fail = (op: GovaluateToken, v: ExprValue, what: string): never => {
  throw new GovaluateRuntimeError(`Value '${show(v)}' cannot be used with the ${KIND_OF_OPERATOR[op.kind] ?? 'operator'} '${op.value}', it is not ${what}`, op.position);
};
const number = (op: GovaluateToken, v: ExprValue): number => (typeof v === 'number' ? v : fail(op, v, 'a number'));
const boolean = (op: GovaluateToken, v: ExprValue): boolean => (typeof v === 'boolean' ? v : fail(op, v, 'a bool'));

const binary = (op: GovaluateToken, l: GovaluateAst, r: GovaluateAst): ExprValue => {
  const o = String(op.value);
  if (o === '&&') return boolean(op, run(l)) && boolean(op, run(r));
  if (o === '||') return boolean(op, run(l)) || boolean(op, run(r));
  const a = run(l);
  const b = run(r);
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
};

const run = (n: GovaluateAst): ExprValue => {
  switch (n.kind) {
    case 'Literal':
      return n.token.value;
    case 'Accessor':
      throw new GovaluateRuntimeError(`No parameter '${n.root}' found.`, n.position);
    case 'Prefix': {
      const v = run(n.operand);
      if (n.op.value === '!') return !boolean(n.op, v);
      return n.op.value === '-' ? -number(n.op, v) : ~number(n.op, v);
    }
    case 'Binary':
      return binary(n.op, n.left, n.right);
    case 'List':
      return n.items.map(run);
    case 'Ternary':
      if (n.op.value === '??') return run(n.test) ?? run(n.yes);
      return boolean(n.op, run(n.test)) ? run(n.yes) : n.no === undefined ? null : run(n.no);
  }
};

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
  let program: GovaluateAst;
  try {
    program = parseGovaluate(source);
  } catch (e) {
    if (!(e instanceof GovaluateSyntaxError)) throw e;
    const hint = e.message.startsWith('Invalid token') ? ' (hint: try wrapping the affected expression in quotes ("))' : '';
    return E.left(new ExprError(source, e.position, `Invalid 'when' expression '${source}': ${e.message}${hint}`));
  }
  try {
    return E.right(run(program));
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
