import type { ConditionNode, ConditionOperand } from '../core/condition-node.js';
import { exprString } from '../core/expr-variable.js';
import { makeRef, type Ref } from './ref.js';

// A typed condition in expr-lang, for where Argo evaluates expr-lang rather than govaluate: a hook's
// `expression`, or a condition spliced into an `expression`. In expr-lang an Argo variable is a string,
// so a ref compared with a number reads through `asFloat`, and a boolean literal compares as its text;
// a `{{=...}}` ref is its own (typed) expression, parenthesised.

/** Text and refs, in order: the parts of an `Expression`. */
type Parts = Array<string | Ref<unknown>>;

const isExpressionRef = (o: ConditionOperand): boolean => o.kind === 'RefOperand' && o.expr.startsWith('=');

/** A ref operand as a part: a variable, or an expression that renders its text in parentheses. */
const refPart = (o: Extract<ConditionOperand, { kind: 'RefOperand' }>): Ref<unknown> =>
  o.expr.startsWith('=')
    ? (Object.freeze({ ...makeRef(o.expr, o.source), parts: Object.freeze([o.expr.slice(1)]) }) as Ref<unknown>)
    : makeRef(o.expr, o.source);

/** One operand; `numeric` when it is read as a number (a plain ref then goes through `asFloat`). */
const operand = (out: Parts, o: ConditionOperand, numeric: boolean): void => {
  if (o.kind === 'LiteralOperand') out.push(typeof o.value === 'string' ? exprString(o.value) : String(o.value));
  else if (numeric && !isExpressionRef(o)) out.push('asFloat(', refPart(o), ')');
  else out.push(refPart(o));
};

/** A literal compared with a plain ref, which holds text: a boolean as its text. */
const againstRef = (o: ConditionOperand, ref: ConditionOperand): ConditionOperand =>
  o.kind === 'LiteralOperand' && typeof o.value === 'boolean' && ref.kind === 'RefOperand' && !isExpressionRef(ref)
    ? { kind: 'LiteralOperand', value: String(o.value) }
    : o;

const isNumber = (o: ConditionOperand): boolean => o.kind === 'LiteralOperand' && typeof o.value === 'number';

const nested = (out: Parts, c: ConditionNode): void => {
  if (c.kind === 'ConditionLogic' && c.operands.length > 1) {
    out.push('(');
    parts(out, c);
    out.push(')');
  } else parts(out, c);
};

const parts = (out: Parts, c: ConditionNode): void => {
  switch (c.kind) {
    case 'Compare': {
      const numeric = c.op === '>' || c.op === '>=' || c.op === '<' || c.op === '<=' || isNumber(c.left) || isNumber(c.right);
      operand(out, againstRef(c.left, c.right), numeric);
      out.push(c.op === '=~' ? ' matches ' : ` ${c.op} `);
      operand(out, againstRef(c.right, c.left), numeric);
      return;
    }
    case 'InList': {
      const numeric = c.list.some(isNumber);
      operand(out, c.operand, numeric);
      out.push(' in [');
      c.list.forEach((o, i) => {
        if (i > 0) out.push(', ');
        operand(out, againstRef(o, c.operand), false);
      });
      out.push(']');
      return;
    }
    case 'ConditionLogic':
      c.operands.forEach((o, i) => {
        if (i > 0) out.push(c.op === 'and' ? ' && ' : ' || ');
        nested(out, o);
      });
      return;
    case 'ConditionNot':
      out.push('!(');
      parts(out, c.operand);
      out.push(')');
      return;
    case 'BooleanRef':
      if (isExpressionRef(c.operand)) operand(out, c.operand, false);
      else parts(out, { kind: 'Compare', op: '==', left: c.operand, right: { kind: 'LiteralOperand', value: 'true' } });
      return;
  }
};

/**
 * A typed condition as the parts of an expr-lang expression, adjacent text joined:
 * `eq(wf.status, 'Running')` gives `workflow.status == 'Running'`.
 */
export const conditionParts = (c: ConditionNode): ReadonlyArray<string | Ref<unknown>> => {
  const out: Parts = [];
  parts(out, c);
  return out.reduce<Parts>((acc, p) => {
    const last = acc[acc.length - 1];
    if (typeof p === 'string' && typeof last === 'string') acc[acc.length - 1] = last + p;
    else acc.push(p);
    return acc;
  }, []);
};
