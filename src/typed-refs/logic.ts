import { conditionAnd, conditionNot, conditionOr, isCondition, type Condition } from './condition.js';
import { dependsAnd, dependsNot, dependsOr, type DependsExpr, type DependsOperand } from './depends.js';

// One set of combinators for both kinds of expression: `when` conditions and `depends` expressions.

/**
 * All of the conditions, or all of the task results:
 * ```ts
 * and(gt(n.out.result, 5), not(eq(mode, 'dry')))   // when: '({{...}} > 5 && !("{{...}}" == "dry"))'
 * and(A, or(C.succeeded, C.failed))                 // depends: 'A && (C.Succeeded || C.Failed)'
 * ```
 * @category combinators
 */
export function and(...operands: ReadonlyArray<Condition>): Condition;
export function and<S extends string>(...operands: ReadonlyArray<DependsOperand<S>>): DependsExpr<S>;
export function and(...operands: ReadonlyArray<Condition | DependsOperand<string>>): Condition | DependsExpr<string> {
  return operands.every(isCondition)
    ? conditionAnd(operands)
    : dependsAnd(operands as ReadonlyArray<DependsOperand<string>>);
}

/** Any of the conditions, or any of the task results. @category combinators */
export function or(...operands: ReadonlyArray<Condition>): Condition;
export function or<S extends string>(...operands: ReadonlyArray<DependsOperand<S>>): DependsExpr<S>;
export function or(...operands: ReadonlyArray<Condition | DependsOperand<string>>): Condition | DependsExpr<string> {
  return operands.every(isCondition)
    ? conditionOr(operands)
    : dependsOr(operands as ReadonlyArray<DependsOperand<string>>);
}

/** The negation of a condition or of a task result. @category combinators */
export function not(operand: Condition): Condition;
export function not<S extends string>(operand: DependsOperand<S>): DependsExpr<S>;
export function not(operand: Condition | DependsOperand<string>): Condition | DependsExpr<string> {
  return isCondition(operand) ? conditionNot(operand) : dependsNot(operand);
}
