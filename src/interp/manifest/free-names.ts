// The names a function's text reads from outside itself. A `fn` template's function runs alone in its pod:
// what it captured from its module is not there.
//
// Parsed with acorn rather than the TypeScript compiler API: `Function.prototype.toString` is JavaScript
// whatever the module was written in (tsx compiles it first), acorn parses exactly that, and it is a small
// kept dependency loaded on first use, where TypeScript is a 9 MB devDependency of the user's project
// that `tiphys build` would have to find and load.
import * as E from 'fp-ts/lib/Either.js';
import { createRequire } from 'node:module';
import type * as Acorn from 'acorn';

interface EsNode {
  readonly type: string;
  readonly [field: string]: unknown;
}

interface Scope {
  readonly names: ReadonlySet<string>;
  readonly parent: Scope | undefined;
}

let acorn: typeof Acorn | undefined;
const parser = (): typeof Acorn => (acorn ??= createRequire(import.meta.url)('acorn') as typeof Acorn);

const isNode = (u: unknown): u is EsNode => typeof u === 'object' && u !== null && typeof (u as { type?: unknown }).type === 'string';

/** The nodes directly below `node`. */
const children = (node: EsNode): ReadonlyArray<EsNode> =>
  Object.entries(node).flatMap(([k, v]) => (k === 'loc' ? [] : Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : []));

const isFunction = (n: EsNode): boolean =>
  n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || n.type === 'ArrowFunctionExpression';

/** The names a binding pattern declares (`a`, `{ b: [c, ...d] = e }`). */
const patternNames = (p: unknown): ReadonlyArray<string> => {
  if (!isNode(p)) return [];
  switch (p.type) {
    case 'Identifier':
      return [p['name'] as string];
    case 'ObjectPattern':
      return (p['properties'] as ReadonlyArray<EsNode>).flatMap((q) => patternNames(q.type === 'Property' ? q['value'] : q));
    case 'ArrayPattern':
      return (p['elements'] as ReadonlyArray<unknown>).flatMap(patternNames);
    case 'RestElement':
      return patternNames(p['argument']);
    case 'AssignmentPattern':
      return patternNames(p['left']);
    default:
      return [];
  }
};

/** `var` names of a function body, hoisted through its blocks but not into nested functions. */
const varNames = (n: EsNode): ReadonlyArray<string> =>
  children(n).flatMap((c) => {
    if (isFunction(c) || c.type === 'StaticBlock') return [];
    const own = c.type === 'VariableDeclaration' && c['kind'] === 'var' ? (c['declarations'] as ReadonlyArray<EsNode>).flatMap((d) => patternNames(d['id'])) : [];
    return [...own, ...varNames(c)];
  });

/** The names a statement declares in its block: `let`, `const`, classes and functions. */
const lexicalNames = (s: EsNode): ReadonlyArray<string> => {
  if (s.type === 'VariableDeclaration' && s['kind'] !== 'var') return (s['declarations'] as ReadonlyArray<EsNode>).flatMap((d) => patternNames(d['id']));
  if ((s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration') && isNode(s['id'])) return patternNames(s['id']);
  return [];
};

const declares = (scope: Scope | undefined, name: string): boolean =>
  scope !== undefined && (scope.names.has(name) || declares(scope.parent, name));

const scopeOf = (parent: Scope | undefined, names: ReadonlyArray<string>): Scope => ({ names: new Set(names), parent });

/** Collects into `free` every identifier read or written in `node` that no scope up to `scope` declares. */
const visit = (node: EsNode, scope: Scope | undefined, free: Set<string>): void => {
  const all = (nodes: ReadonlyArray<unknown>, s: Scope | undefined) => {
    for (const n of nodes) if (isNode(n)) visit(n, s, free);
  };
  /** The parts of a binding pattern that are evaluated: defaults and computed keys. */
  const pattern = (p: unknown, s: Scope | undefined): void => {
    if (!isNode(p)) return;
    if (p.type === 'AssignmentPattern') {
      pattern(p['left'], s);
      all([p['right']], s);
    } else if (p.type === 'ObjectPattern') {
      for (const q of p['properties'] as ReadonlyArray<EsNode>) {
        if (q.type === 'Property') {
          if (q['computed'] === true) all([q['key']], s);
          pattern(q['value'], s);
        } else pattern(q, s);
      }
    } else if (p.type === 'ArrayPattern') for (const e of p['elements'] as ReadonlyArray<unknown>) pattern(e, s);
    else if (p.type === 'RestElement') pattern(p['argument'], s);
  };
  const block = (statements: ReadonlyArray<EsNode>, s: Scope | undefined) => all(statements, scopeOf(s, statements.flatMap(lexicalNames)));
  switch (node.type) {
    case 'Identifier':
      if (!declares(scope, node['name'] as string)) free.add(node['name'] as string);
      return;
    case 'FunctionExpression':
    case 'FunctionDeclaration':
    case 'ArrowFunctionExpression': {
      const params = node['params'] as ReadonlyArray<EsNode>;
      const body = node['body'] as EsNode;
      const own = node.type === 'FunctionExpression' ? patternNames(node['id']) : [];
      const special = node.type === 'ArrowFunctionExpression' ? [] : ['arguments'];
      const inner = scopeOf(scope, [...own, ...special, ...params.flatMap(patternNames), ...varNames(body)]);
      for (const p of params) pattern(p, inner);
      if (body.type === 'BlockStatement') block(body['body'] as ReadonlyArray<EsNode>, inner);
      else visit(body, inner, free);
      return;
    }
    case 'ClassExpression':
    case 'ClassDeclaration': {
      const inner = scopeOf(scope, patternNames(node['id']));
      all([node['superClass'], node['body']], inner);
      return;
    }
    case 'StaticBlock': {
      block(node['body'] as ReadonlyArray<EsNode>, scopeOf(scope, varNames(node)));
      return;
    }
    case 'BlockStatement':
    case 'Program':
      return block(node['body'] as ReadonlyArray<EsNode>, scope);
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement': {
      const head = node['init'] ?? node['left'];
      return all(children(node), scopeOf(scope, isNode(head) ? lexicalNames(head) : []));
    }
    case 'SwitchStatement': {
      const cases = node['cases'] as ReadonlyArray<EsNode>;
      all([node['discriminant']], scope);
      const inner = scopeOf(scope, cases.flatMap((c) => (c['consequent'] as ReadonlyArray<EsNode>).flatMap(lexicalNames)));
      for (const c of cases) all([c['test'], ...(c['consequent'] as ReadonlyArray<EsNode>)], inner);
      return;
    }
    case 'CatchClause': {
      const inner = scopeOf(scope, patternNames(node['param']));
      pattern(node['param'], inner);
      return visit(node['body'] as EsNode, inner, free);
    }
    case 'VariableDeclarator':
      pattern(node['id'], scope);
      return all([node['init']], scope);
    case 'MemberExpression':
      return all(node['computed'] === true ? [node['object'], node['property']] : [node['object']], scope);
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return all(node['computed'] === true ? [node['key'], node['value']] : [node['value']], scope);
    case 'LabeledStatement':
      return all([node['body']], scope);
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
      return;
    default:
      return all(children(node), scope);
  }
};

/**
 * The names the function `text` reads or writes that it does not declare itself, in order of first use,
 * or why the text is no function expression (a method's text, a bound function's `[native code]`).
 */
export const freeNames = (text: string): E.Either<string, ReadonlyArray<string>> => {
  let program: EsNode;
  try {
    program = parser().parse(`(\n${text}\n)`, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as EsNode;
  } catch (e) {
    return E.left(e instanceof Error ? e.message : String(e));
  }
  const [statement] = program['body'] as ReadonlyArray<EsNode>;
  const expression = statement?.['expression'];
  if (!isNode(expression) || !isFunction(expression)) return E.left('it is not a function');
  const free = new Set<string>();
  visit(expression, undefined, free);
  return E.right([...free]);
};
