// A `when` → a typed condition with the same meaning to Argo (govaluate after substitution, read with the
// validator's own lexer and parser): `{{steps.flip.outputs.result}} == heads` → `eq(flip.out.result,
// 'heads')`, `{{inputs.parameters.n}} > 5 && {{inputs.parameters.n}} != 7` → `and(gt(i.n, 5), ne(i.n, 7))`.
// Each node maps to the combinator whose rendering parses to the same node: a typed condition quotes a
// string literal, and a bare word means that string too; a bare `true` or `5` is a boolean or a number, so
// it is compared with a boolean or number ref only. Anything else stays text.
import type { GovaluateAst, GovaluateLiteral } from '../expr/govaluate-parser.js';
import { parseWhen } from '../expr/when-meaning.js';
import { use, type DocContext } from './emit-context.js';
import type { RefExpr, Resolver } from './ref-expressions.js';
import { code, quote, type Code } from './ts-code.js';

const COMPARE: Readonly<Record<string, string>> = { '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'ge', '<': 'lt', '<=': 'le', '=~': 'matches' };
const LOGIC: Readonly<Record<string, string>> = { '&&': 'and', '||': 'or' };

type Operand = { readonly ref: RefExpr } | { readonly literal: GovaluateLiteral };

/** A literal a typed condition renders back as the same token: numbers as plain digits, strings without quotes or escapes. */
const renderable = (t: GovaluateLiteral): boolean =>
  t.kind === 'BOOLEAN' || (t.kind === 'NUMERIC' && /^\d+(\.\d+)?$/.test(String(t.value))) || (t.kind === 'STRING' && !/['"\\]/.test(String(t.value)));

const LITERAL_TYPE: Readonly<Record<string, string>> = { STRING: 'string', NUMERIC: 'number', BOOLEAN: 'boolean' };

const typeOf = (o: Operand): string => ('ref' in o ? o.ref.type : (LITERAL_TYPE[o.literal.kind] ?? 'unknown'));

const literalCode = (t: GovaluateLiteral): string => (t.kind === 'STRING' ? quote(String(t.value)) : String(t.value));

/** Whether literal `o` is a value ref `ref` can hold (any of its type, or one of its members). */
const fits = (ref: RefExpr, o: Operand): boolean =>
  'literal' in o && typeOf(o) === ref.type && (ref.members === undefined || ref.members.includes(String(o.literal.value)));

const operandCode = (o: Operand): string => ('ref' in o ? o.ref.text : literalCode(o.literal));

/** The typed condition of `when`, or `undefined` when it has none with the same meaning. */
export const conditionCode = (ctx: DocContext, when: string, resolve: Resolver): Code | undefined => {
  const parsed = parseWhen(when);
  if (parsed === undefined) return undefined;

  const operand = (n: GovaluateAst): Operand | undefined => {
    if (n.kind !== 'Literal') return undefined;
    const key = n.token.kind === 'STRING' ? parsed.tagOf(String(n.token.value)) : undefined;
    if (key === undefined) return renderable(n.token) && n.token.kind !== 'TIME' ? { literal: n.token } : undefined;
    const ref = resolve(key);
    return ref === undefined || !['string', 'number', 'boolean'].includes(ref.type) ? undefined : { ref };
  };

  const compare = (op: string, l: Operand, r: Operand): string | undefined => {
    const fn = COMPARE[op];
    if (fn === undefined) return undefined;
    if (fn === 'matches') return 'ref' in l && l.ref.type === 'string' && 'literal' in r && r.literal.kind === 'STRING' ? `${use(ctx, fn)}(${l.ref.text}, ${literalCode(r.literal)})` : undefined;
    const ordered = fn !== 'eq' && fn !== 'ne';
    if (ordered) return ('ref' in l || 'ref' in r) && typeOf(l) === 'number' && typeOf(r) === 'number' ? `${use(ctx, fn)}(${operandCode(l)}, ${operandCode(r)})` : undefined;
    // eq(ref, value): a ref first, and two refs render as text, which is not how Argo compares two numbers.
    if (!('ref' in l) || !('literal' in r) || !fits(l.ref, r)) return undefined;
    return `${use(ctx, fn)}(${l.ref.text}, ${literalCode(r.literal)})`;
  };

  const inList = (l: Operand, list: GovaluateAst): string | undefined => {
    if (!('ref' in l) || list.kind !== 'List' || list.items.length === 0) return undefined;
    const items = list.items.map(operand);
    if (items.some((o) => o === undefined || !fits(l.ref, o))) return undefined;
    return `${use(ctx, 'inList')}(${l.ref.text}, [${items.map((o) => (o === undefined ? '' : operandCode(o))).join(', ')}])`;
  };

  /** `a && b && c` is one `and(a, b, c)`: and() renders its operands in a left-leaning chain. */
  const chain = (op: string, n: GovaluateAst): ReadonlyArray<GovaluateAst> =>
    n.kind === 'Binary' && n.op.value === op ? [...chain(op, n.left), n.right] : [n];

  const condition = (n: GovaluateAst, whole: boolean): string | undefined => {
    if (n.kind === 'Prefix') {
      const inner = n.op.value === '!' ? condition(n.operand, false) : undefined;
      return inner === undefined ? undefined : `${use(ctx, 'not')}(${inner})`;
    }
    if (n.kind === 'Literal') {
      const o = operand(n);
      // A boolean ref alone: `when` takes it as it is, `isTrue` makes it an operand.
      if (o === undefined || !('ref' in o) || o.ref.type !== 'boolean') return undefined;
      return whole ? o.ref.text : `${use(ctx, 'isTrue')}(${o.ref.text})`;
    }
    if (n.kind !== 'Binary') return undefined;
    const op = String(n.op.value);
    const logic = LOGIC[op];
    if (logic !== undefined) {
      const parts = chain(op, n).map((p) => condition(p, false));
      return parts.some((p) => p === undefined) ? undefined : `${use(ctx, logic)}(${parts.join(', ')})`;
    }
    const l = operand(n.left);
    if (l === undefined) return undefined;
    if (op === 'in') return inList(l, n.right);
    const r = operand(n.right);
    return r === undefined ? undefined : compare(op, l, r);
  };

  const text = condition(parsed.ast, true);
  return text === undefined ? undefined : code(text);
};
