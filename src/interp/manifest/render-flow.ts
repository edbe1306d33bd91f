import type { ConditionNode, ConditionOperand } from '../../core/condition-node.js';
import type { DependsNode } from '../../core/depends-node.js';

// Conditions and depends expressions as the text Argo reads. Nested logic is parenthesised, so the
// text never leans on operator precedence.

/**
 * A govaluate string literal: quoted, so values with spaces or operators stay one operand.
 * Upstream writes `{{steps.flip.outputs.result}} == heads` unquoted, which works only because Argo turns
 * govaluate's bare identifiers into strings: `in`, `true`, a word with `.` or `-`, or a run-time value with
 * a space would not survive. A ref's value is unknown when tiphys renders, so typed conditions always quote;
 * for a plain word the meaning is the same, and ports and converted modules are compared by meaning.
 */
const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const isText = (o: ConditionOperand): boolean => o.kind === 'LiteralOperand' && typeof o.value === 'string';

/** Whether a comparison is between strings: then refs are quoted too (their value is substituted as text). */
const textual = (op: string, operands: ReadonlyArray<ConditionOperand>): boolean =>
  op === '=~' ||
  operands.some(isText) ||
  ((op === '==' || op === '!=' || op === 'IN') && operands.every((o) => o.kind === 'RefOperand'));

const operandText = (o: ConditionOperand, text: boolean): string => {
  if (o.kind === 'RefOperand') return text ? quote(`{{${o.expr}}}`) : `{{${o.expr}}}`;
  return typeof o.value === 'string' ? quote(o.value) : String(o.value);
};

const nested = (c: ConditionNode): string =>
  c.kind === 'ConditionLogic' && c.operands.length > 1 ? `(${renderCondition(c)})` : renderCondition(c);

/** A typed condition as Argo's `when` text (govaluate, after `{{...}}` substitution). */
export const renderCondition = (c: ConditionNode): string => {
  switch (c.kind) {
    case 'Compare': {
      const text = textual(c.op, [c.left, c.right]);
      return `${operandText(c.left, text)} ${c.op} ${operandText(c.right, text)}`;
    }
    case 'InList': {
      const text = textual('IN', [c.operand, ...c.list]);
      return `${operandText(c.operand, text)} IN (${c.list.map((o) => operandText(o, text)).join(', ')})`;
    }
    case 'ConditionLogic':
      return c.operands.map(nested).join(c.op === 'and' ? ' && ' : ' || ');
    case 'ConditionNot':
      return `!(${renderCondition(c.operand)})`;
    case 'BooleanRef':
      return operandText(c.operand, false);
  }
};

const nestedDepends = (d: DependsNode): string =>
  d.kind === 'DependsLogic' && d.operands.length > 1 ? `(${renderDepends(d)})` : renderDepends(d);

/** A depends expression as Argo's `depends` text: `A && (C.Succeeded || C.Failed)`. */
export const renderDepends = (d: DependsNode): string => {
  switch (d.kind) {
    case 'DependsTask':
      return d.result === undefined ? d.name : `${d.name}.${d.result}`;
    case 'DependsLogic':
      return d.operands.map(nestedDepends).join(d.op === 'and' ? ' && ' : ' || ');
    case 'DependsNot':
      return `!${nestedDepends(d.operand)}`;
  }
};
