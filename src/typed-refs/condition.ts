import type { CompareOp, ConditionNode, ConditionOperand } from '../core/condition-node.js';
import type { Describe, JoinNames, TypeName } from './args.js';
import { isRef, type Ref } from './ref.js';

// model

/**
 * A typed `when` condition, built with `eq`, `gt`, `and`, ...; rendered to what Argo's govaluate reads.
 * @category model
 */
export interface Condition {
  readonly kind: 'Condition';
  readonly node: ConditionNode;
}

/** A value a condition may compare. @category model */
export type Scalar = string | number | boolean;

// type-level

/** What the operand `B` compared with a `Ref<A>` must be; a sentence when it is not. @category type-level */
export type ComparableWith<A, B> =
  B extends Ref<infer X>
    ? [X] extends [A]
      ? B
      : [A] extends [X]
        ? B
        : `✗ cannot compare a Ref<${TypeName<A>}> with ${Describe<B>}`
    : B extends A
      ? B
      : [A] extends [string]
        ? string extends A
          ? `✗ cannot compare a Ref<string> with ${Describe<B>}`
          : B extends string
            ? `✗ '${B}' is not one of ${JoinNames<A & string>}`
            : `✗ cannot compare a Ref<enum> with ${Describe<B>}`
        : `✗ cannot compare a Ref<${TypeName<A>}> with ${Describe<B>}`;

/** An operand of `gt`, `ge`, `lt`, `le`: a number or a ref to one. @category type-level */
export type Ordered<X> = X extends number | Ref<number> ? X : `✗ only numbers are ordered, but got ${Describe<X>}`;

/** An operand of `matches`: a ref to a string. @category type-level */
export type Textual<X> = X extends Ref<string> ? X : `✗ matches tests a Ref<string>, but got ${Describe<X>}`;

// constructors

const operand = (v: unknown): ConditionOperand =>
  isRef(v)
    ? Object.freeze({ kind: 'RefOperand', expr: v.expr, source: v.source })
    : Object.freeze({ kind: 'LiteralOperand', value: v as Scalar });

const make = (node: ConditionNode): Condition => Object.freeze({ kind: 'Condition', node: Object.freeze(node) });

const compare = (op: CompareOp, left: unknown, right: unknown): Condition =>
  make({ kind: 'Compare', op, left: operand(left), right: operand(right) });

/**
 * `left == right`. An enum ref only compares with its members:
 * ```ts
 * eq(flip.out.result, 'heads')   // when: '"{{steps.flip.outputs.result}}" == "heads"'
 * eq(flip.out.result, 'head')    // ✗ 'head' is not one of heads, tails
 * ```
 * @category constructors
 */
export const eq = <A extends Scalar, const B>(left: Ref<A>, right: ComparableWith<A, B>): Condition =>
  compare('==', left, right);

/** `left != right`. @category constructors */
export const ne = <A extends Scalar, const B>(left: Ref<A>, right: ComparableWith<A, B>): Condition =>
  compare('!=', left, right);

/** `left > right`, on numbers. @category constructors */
export const gt = <const L, const R>(left: Ordered<L>, right: Ordered<R>): Condition => compare('>', left, right);
/** `left >= right`, on numbers. @category constructors */
export const ge = <const L, const R>(left: Ordered<L>, right: Ordered<R>): Condition => compare('>=', left, right);
/** `left < right`, on numbers. @category constructors */
export const lt = <const L, const R>(left: Ordered<L>, right: Ordered<R>): Condition => compare('<', left, right);
/** `left <= right`, on numbers. @category constructors */
export const le = <const L, const R>(left: Ordered<L>, right: Ordered<R>): Condition => compare('<=', left, right);

/** `left =~ pattern`: the ref's value matches the regular expression. @category constructors */
export const matches = <const L>(left: Textual<L>, pattern: string): Condition => compare('=~', left, pattern);

/** `operand IN (a, b, ...)`: the ref's value is one of the listed values. @category constructors */
export const inList = <A extends Scalar, const B>(
  ref: Ref<A>,
  values: ReadonlyArray<ComparableWith<A, B>>,
): Condition => make({ kind: 'InList', operand: operand(ref), list: Object.freeze(values.map(operand)) });

/**
 * A boolean ref as a condition: Argo substitutes it (`{{=...}}` gives `true` or `false`) and govaluate
 * reads that. `when` takes a boolean ref as it is; `isTrue` makes one an operand of `and`, `or`, `not`.
 * ```ts
 * d.task('big', work, {}, { when: and(isTrue(expression<boolean>`asInt(${n.out.result}) > 5`), eq(mode, 'run')) });
 * // when: '{{=asInt(tasks.n.outputs.result) > 5}} && "{{workflow.parameters.mode}}" == "run"'
 * ```
 * @category constructors
 */
export const isTrue = (ref: Ref<boolean>): Condition => make({ kind: 'BooleanRef', operand: operand(ref) });

/** @category constructors */
export const conditionAnd = (operands: ReadonlyArray<Condition>): Condition =>
  make({ kind: 'ConditionLogic', op: 'and', operands: Object.freeze(operands.map((c) => c.node)) });
/** @category constructors */
export const conditionOr = (operands: ReadonlyArray<Condition>): Condition =>
  make({ kind: 'ConditionLogic', op: 'or', operands: Object.freeze(operands.map((c) => c.node)) });
/** @category constructors */
export const conditionNot = (c: Condition): Condition => make({ kind: 'ConditionNot', operand: c.node });

// refinements

/** @category refinements */
export const isCondition = (u: unknown): u is Condition =>
  typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'Condition';
