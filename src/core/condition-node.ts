import type { RefSource } from './scope.js';

// model

/** One side of a comparison: a ref (kept structured, so its source is checked) or a literal. @category model */
export type ConditionOperand =
  | { readonly kind: 'RefOperand'; readonly expr: string; readonly source: RefSource }
  | { readonly kind: 'LiteralOperand'; readonly value: string | number | boolean };

/** @category model */
export type CompareOp = '==' | '!=' | '>' | '>=' | '<' | '<=' | '=~';

/**
 * A typed `when` condition: what Argo evaluates with govaluate after substituting its `{{...}}` tags.
 * @category model
 */
export type ConditionNode =
  | {
      readonly kind: 'Compare';
      readonly op: CompareOp;
      readonly left: ConditionOperand;
      readonly right: ConditionOperand;
    }
  | { readonly kind: 'InList'; readonly operand: ConditionOperand; readonly list: ReadonlyArray<ConditionOperand> }
  | { readonly kind: 'ConditionLogic'; readonly op: 'and' | 'or'; readonly operands: ReadonlyArray<ConditionNode> }
  | { readonly kind: 'ConditionNot'; readonly operand: ConditionNode }
  /** A boolean ref as the whole condition: `{{=...}}` of an `expression<boolean>`, or a boolean parameter. */
  | { readonly kind: 'BooleanRef'; readonly operand: ConditionOperand };

// utils

const operandRefs = (o: ConditionOperand, out: RefSource[]): void => {
  if (o.kind === 'RefOperand') out.push(o.source);
};

/** The refs a condition reads, in order: checked and turned into dependencies like argument refs. @category utils */
export const conditionRefs = (c: ConditionNode, out: RefSource[] = []): RefSource[] => {
  switch (c.kind) {
    case 'Compare':
      operandRefs(c.left, out);
      operandRefs(c.right, out);
      break;
    case 'InList':
      operandRefs(c.operand, out);
      for (const o of c.list) operandRefs(o, out);
      break;
    case 'ConditionLogic':
      for (const o of c.operands) conditionRefs(o, out);
      break;
    case 'ConditionNot':
      conditionRefs(c.operand, out);
      break;
    case 'BooleanRef':
      operandRefs(c.operand, out);
      break;
  }
  return out;
};
