import * as E from 'fp-ts/lib/Either.js';
import { BUILTINS } from './expr-builtins.js';
import { ExprError } from './expr-error.js';
import { FunctionError, typeName } from './expr-function.js';
import type { ExprFunction } from './expr-function.js';
import { applyOperator, OperatorError } from './expr-operators.js';
import type { Closure, ExprNode, MapExpression } from './expr-parser.js';
import { isParseFailure, parseExpr, positionOf } from './expr-parser.js';
import type { ExprEnv, ExprValue } from './expr-value.js';
import { isExprMap } from './expr-value.js';
import { SPRIG } from './sprig-functions.js';

// The expr-lang evaluator (expr-lang/expr v1.17, as Argo's controller compiles it with `expr.Env(env)`):
// * a top-level name missing from the env is an error ("unknown name"), as Argo's compile step reports;
//   a missing key deeper down (`inputs.parameters.nope`) is nil;
// * member access on nil is an error, except after `?.` and on the left of `??`, where the whole
//   chain is nil-safe (`tasks.a.outputs.parameters.x ?? 'fallback'` for a skipped task);
// * `#`, `#index` and `#acc` are the element, its index and the accumulator inside predicates.

// model

/** The element a predicate is looking at. */
interface Pointer {
  readonly value: ExprValue;
  readonly index: number;
  readonly acc?: ExprValue;
}

interface Scope {
  readonly env: ExprEnv;
  readonly pointer?: Pointer;
  /** Inside the left side of `??`: member access on nil gives nil. */
  readonly nilSafe: boolean;
}

/** A failure at a node, turned into an ExprError with the source at the top. */
class Failure extends Error {
  constructor(
    readonly node: ExprNode,
    readonly reason: string,
  ) {
    super(reason);
  }
}

// utils

const fail = (node: ExprNode, reason: string): never => {
  throw new Failure(node, reason);
};

const child = (node: ExprNode, key: string): ExprNode => node[key] as ExprNode;

const bool = (node: ExprNode, v: ExprValue, what: string): boolean =>
  typeof v === 'boolean' ? v : fail(node, `${what} needs a boolean, not ${typeName(v)} ${JSON.stringify(v)}`);

const fetch = (node: ExprNode, from: ExprValue, key: ExprValue, scope: Scope, optional: boolean): ExprValue => {
  if (from === null) {
    if (optional || scope.nilSafe) return null;
    return fail(node, `Cannot read ${JSON.stringify(key)} from nil`);
  }
  if (isExprMap(from)) {
    if (typeof key !== 'string') return fail(node, `A map key must be a string, not ${typeName(key)}`);
    return Object.hasOwn(from, key) ? (from[key] ?? null) : null;
  }
  if ((Array.isArray(from) || typeof from === 'string') && typeof key === 'number') {
    const xs: ReadonlyArray<ExprValue> = typeof from === 'string' ? [...from] : (from as ReadonlyArray<ExprValue>);
    const i = key < 0 ? xs.length + key : key;
    if (!Number.isInteger(i) || i < 0 || i >= xs.length) return fail(node, `Index ${key} is out of range (length ${xs.length})`);
    return xs[i] ?? null;
  }
  return fail(node, `Cannot read ${JSON.stringify(key)} from ${typeName(from)}`);
};

const PREDICATES = new Set(['all', 'none', 'any', 'one', 'filter', 'map', 'find', 'findIndex', 'findLast', 'findLastIndex', 'count', 'sum', 'reduce']);

const predicate = (name: string, node: ExprNode, args: ReadonlyArray<ExprNode>, scope: Scope, piped: ExprValue | undefined): ExprValue => {
  const [listNode, bodyNode, initialNode] = piped === undefined ? args : [undefined, ...args];
  if ((listNode === undefined && piped === undefined) || (bodyNode === undefined && name !== 'sum' && name !== 'count')) {
    return fail(node, `${name} takes a list and a predicate`);
  }
  const list = piped ?? evaluate(listNode ?? node, scope);
  if (!Array.isArray(list)) return fail(listNode ?? node, `${name} needs a list, not ${typeName(list)}`);
  const xs: ReadonlyArray<ExprValue> = list;
  const body = bodyNode === undefined ? undefined : bodyNode.type === 'Closure' ? (bodyNode as Closure).body : bodyNode;
  const at = (value: ExprValue, index: number, acc?: ExprValue): ExprValue =>
    body === undefined ? value : evaluate(body, { ...scope, pointer: { value, index, ...(acc === undefined ? {} : { acc }) } });
  const test = (value: ExprValue, index: number): boolean => bool(body ?? node, at(value, index), name);
  switch (name) {
    case 'all': return xs.every(test);
    case 'none': return !xs.some(test);
    case 'any': return xs.some(test);
    case 'one': return xs.filter(test).length === 1;
    case 'filter': return xs.filter(test);
    case 'map': return xs.map(at);
    case 'find': return xs.find(test) ?? null;
    case 'findIndex': return xs.findIndex(test);
    case 'findLast': return xs.findLast(test) ?? null;
    case 'findLastIndex': return xs.findLastIndex(test);
    case 'count': return xs.filter(test).length;
    case 'sum': return xs.reduce<number>((s, x, i) => {
      const v = at(x, i);
      return typeof v === 'number' ? s + v : fail(node, `sum needs numbers, not ${typeName(v)}`);
    }, 0);
    default: {
      if (xs.length === 0 && initialNode === undefined) return null;
      let acc = initialNode === undefined ? (xs[0] ?? null) : evaluate(initialNode, scope);
      xs.forEach((x, i) => {
        if (initialNode === undefined && i === 0) return;
        acc = at(x, i, acc);
      });
      return acc;
    }
  }
};

const functionOf = (callee: ExprNode): readonly [string, ExprFunction | undefined] => {
  if (callee.type === 'Identifier') {
    const name = String(callee['name']);
    return [name, BUILTINS.get(name)];
  }
  const object = child(callee, 'object');
  if (callee.type === 'MemberExpression' && !callee['computed'] && object.type === 'Identifier' && object['name'] === 'sprig') {
    const name = String(child(callee, 'property')['name']);
    return [`sprig.${name}`, SPRIG.get(name)];
  }
  return ['', undefined];
};

const call = (node: ExprNode, args: ReadonlyArray<ExprNode>, scope: Scope, piped?: ExprValue): ExprValue => {
  const callee = child(node, 'callee');
  if (callee.type === 'Identifier' && PREDICATES.has(String(callee['name']))) {
    return predicate(String(callee['name']), node, args, scope, piped);
  }
  const [name, f] = functionOf(callee);
  if (name === '') return fail(node, 'Only functions by name can be called');
  if (f === undefined) return fail(node, `Unknown function ${name}`);
  const values = args.map((a) => evaluate(a, scope));
  try {
    return f(piped === undefined ? values : [piped, ...values]);
  } catch (e) {
    if (e instanceof FunctionError) return fail(node, `${name} ${e.message}`);
    throw e;
  }
};

const NODES: Readonly<Record<string, (node: ExprNode, scope: Scope) => ExprValue>> = {
  Literal: (node) => node['value'] as ExprValue,
  Identifier: (node, scope) => {
    const name = String(node['name']);
    if (name.startsWith('#')) {
      const p = scope.pointer ?? fail(node, `${name} can only be used inside a predicate such as filter or map`);
      if (name === '#') return p.value;
      if (name === '#index') return p.index;
      if (name === '#acc' && p.acc !== undefined) return p.acc;
      return fail(node, `Unknown name ${name}`);
    }
    if (name === '$env') return scope.env;
    if (!Object.hasOwn(scope.env, name)) return fail(node, `Unknown name ${name}`);
    return scope.env[name] ?? null;
  },
  MemberExpression: (node, scope) => {
    const from = evaluate(child(node, 'object'), scope);
    const property = child(node, 'property');
    const key = node['computed'] ? evaluate(property, { ...scope, nilSafe: false }) : String(property['name']);
    return fetch(node, from, key, scope, node['optional'] === true);
  },
  CallExpression: (node, scope) => call(node, node['arguments'] as ReadonlyArray<ExprNode>, scope),
  UnaryExpression: (node, scope) => {
    const op = String(node['operator']);
    const v = evaluate(child(node, 'argument'), scope);
    if (op === '!' || op === 'not') return !bool(node, v, op);
    if (typeof v !== 'number') return fail(node, `The operator ${op} needs a number, not ${typeName(v)}`);
    return op === '-' ? -v : v;
  },
  BinaryExpression: (node, scope) => {
    const op = String(node['operator']);
    const left = child(node, 'left');
    const right = child(node, 'right');
    if (op === '??') {
      const v = evaluate(left, { ...scope, nilSafe: true });
      return v === null ? evaluate(right, scope) : v;
    }
    if (op === '|') {
      if (right.type !== 'CallExpression') return fail(right, 'The right side of | must be a function call');
      return call(right, right['arguments'] as ReadonlyArray<ExprNode>, scope, evaluate(left, scope));
    }
    const a = evaluate(left, scope);
    if (op === '||' || op === 'or') return bool(left, a, op) || bool(right, evaluate(right, scope), op);
    if (op === '&&' || op === 'and') return bool(left, a, op) && bool(right, evaluate(right, scope), op);
    const b = evaluate(right, scope);
    try {
      return applyOperator(op, a, b);
    } catch (e) {
      if (e instanceof OperatorError) return fail(node, e.message);
      throw e;
    }
  },
  ConditionalExpression: (node, scope) =>
    bool(child(node, 'test'), evaluate(child(node, 'test'), scope), 'The condition of ?:')
      ? evaluate(child(node, 'consequent'), scope)
      : evaluate(child(node, 'alternate'), scope),
  ArrayExpression: (node, scope) =>
    (node['elements'] as ReadonlyArray<ExprNode | null>).map((e) => (e === null ? fail(node, 'A list has an empty element') : evaluate(e, scope))),
  MapExpression: (node, scope) =>
    Object.fromEntries((node as MapExpression).entries.map((e) => [e.key, evaluate(e.value, scope)])),
  Closure: (node) => fail(node, 'A predicate {...} can only be an argument of filter, map, all, any and the like'),
  Compound: (node) =>
    fail(node, (node['body'] as ReadonlyArray<ExprNode>).length === 0 ? 'The expression is empty' : 'Expected one expression, found several'),
};

const evaluate = (node: ExprNode, scope: Scope): ExprValue => {
  const handler = NODES[node.type] ?? ((n: ExprNode) => fail(n, `Unsupported syntax (${n.type})`));
  return handler(node, scope);
};

// evaluation

/**
 * Evaluates an expr-lang expression as Argo does for `{{= }}` tags, hook and `when` expressions,
 * `retryStrategy.expression` and output `valueFrom.expression`. `env` holds nested maps: build it with
 * `expandEnv` from flat names such as `inputs.parameters.x`.
 *
 * ```ts
 * evaluateExpr("asInt(inputs.parameters.n) * 10", expandEnv({ 'inputs.parameters.n': '4' }))  // right(40)
 * ```
 * @category evaluation
 */
export const evaluateExpr = (source: string, env: ExprEnv): E.Either<ExprError, ExprValue> => {
  const parsed = parseExpr(source);
  if (isParseFailure(parsed)) return E.left(new ExprError(source, parsed.position, `Cannot parse the expression: ${parsed.description}`));
  try {
    return E.right(evaluate(parsed, { env, nilSafe: false }));
  } catch (e) {
    if (e instanceof Failure) return E.left(new ExprError(source, positionOf(e.node), e.reason));
    throw e;
  }
};
