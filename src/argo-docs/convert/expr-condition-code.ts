// A hook's expr-lang `expression` → a typed condition with the same meaning (read with the project's expr
// parser): `steps["step-1"].status == "Running"` → `eq(self.status, 'Running')`, `workflow.status ==
// "Running"` → `eq(wf.status, 'Running')`. A typed condition renders a string ref compared with a string
// as `path == 'value'`, `and`/`or` as a `&&`/`||` chain and `not` as `!(...)`, so only those forms are
// taken, and a variable only where the ref writes back the same path; anything else stays as it was.
import { isDeepStrictEqual } from 'node:util';
import { exprVariable } from '../../core/expr-variable.js';
import { isParseFailure, parseExpr, type ExprNode } from '../expr/expr-parser.js';
import { exprMeaning, nodeMeaning } from '../expr/expr-meaning.js';
import { use, type DocContext } from './emit-context.js';
import type { RefExpr, Resolver } from './ref-expressions.js';
import { code, quote, type Code } from './ts-code.js';

const COMPARE: Readonly<Record<string, string>> = { '==': 'eq', '!=': 'ne' };
const LOGIC: Readonly<Record<string, string>> = { '&&': 'and', '||': 'or' };

/** The Argo variable a member path names (`steps["step-1"].status` → `steps.step-1.status`). */
const pathOf = (n: ExprNode): string | undefined => {
  if (n.type === 'Identifier') return String(n['name']);
  if (n.type !== 'MemberExpression' || n['optional'] === true) return undefined;
  const object = pathOf(n['object'] as ExprNode);
  const property = n['property'] as ExprNode;
  const name = n['computed'] === true ? (property.type === 'Literal' && typeof property['value'] === 'string' ? property['value'] : undefined) : String(property['name']);
  return object === undefined || name === undefined ? undefined : `${object}.${name}`;
};

/** The string ref `n` reads, when the ref renders back as the same path. */
const refOf = (n: ExprNode, resolve: Resolver): RefExpr | undefined => {
  const key = pathOf(n);
  if (key === undefined || !isDeepStrictEqual(exprMeaning(exprVariable(key)), nodeMeaning(n))) return undefined;
  const ref = resolve(key);
  return ref?.type === 'string' ? ref : undefined;
};

/** The typed condition of a hook's `expression`, or `undefined` when it has none with the same meaning. */
export const exprConditionCode = (ctx: DocContext, text: string, resolve: Resolver): Code | undefined => {
  const parsed = parseExpr(text);
  if (isParseFailure(parsed)) return undefined;

  /** `a && b && c` is one `and(a, b, c)`: and() renders its operands in a left-leaning chain. */
  const chain = (op: string, n: ExprNode): ReadonlyArray<ExprNode> =>
    n.type === 'BinaryExpression' && n['operator'] === op ? [...chain(op, n['left'] as ExprNode), n['right'] as ExprNode] : [n];

  const condition = (n: ExprNode): string | undefined => {
    if (n.type === 'UnaryExpression') {
      const inner = n['operator'] === '!' ? condition(n['argument'] as ExprNode) : undefined;
      return inner === undefined ? undefined : `${use(ctx, 'not')}(${inner})`;
    }
    if (n.type !== 'BinaryExpression') return undefined;
    const op = String(n['operator']);
    const logic = LOGIC[op];
    if (logic !== undefined) {
      const parts = chain(op, n).map(condition);
      return parts.some((p) => p === undefined) ? undefined : `${use(ctx, logic)}(${parts.join(', ')})`;
    }
    const fn = COMPARE[op];
    const ref = fn === undefined ? undefined : refOf(n['left'] as ExprNode, resolve);
    const right = n['right'] as ExprNode;
    const value = right.type === 'Literal' && typeof right['value'] === 'string' ? right['value'] : undefined;
    if (fn === undefined || ref === undefined || value === undefined || (ref.members !== undefined && !ref.members.includes(value))) return undefined;
    return `${use(ctx, fn)}(${ref.text}, ${quote(value)})`;
  };

  const typed = condition(parsed);
  return typed === undefined ? undefined : code(typed);
};
