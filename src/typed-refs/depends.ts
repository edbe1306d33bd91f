import type { DependsNode, TaskResult } from '../core/depends-node.js';
import type { Scope } from '../core/scope.js';

// model

/**
 * A `depends` expression over the tasks of the dag named `S`: the brand keeps tasks of another dag out.
 * @category model
 */
export interface DependsExpr<S extends string> {
  readonly kind: 'Depends';
  readonly node: DependsNode;
  readonly _S: S;
}

/** A task of the dag `S` as a `depends` operand: its bare name (succeeded, skipped or daemoned). @category model */
export interface DependsTarget<S extends string> {
  readonly kind: 'TaskHandle';
  readonly name: string;
  readonly scope: Scope;
  readonly _S: S;
}

/** @category model */
export type DependsOperand<S extends string> = DependsExpr<S> | DependsTarget<S>;

/** The results of a task, as `depends` operands (`A.failed` renders `A.Failed`). @category model */
export interface TaskResults<S extends string> {
  readonly succeeded: DependsExpr<S>;
  readonly failed: DependsExpr<S>;
  readonly errored: DependsExpr<S>;
  readonly skipped: DependsExpr<S>;
  readonly omitted: DependsExpr<S>;
  readonly daemoned: DependsExpr<S>;
}

/** The results only a looped task has. @category model */
export interface LoopResults<S extends string> {
  /** Some iteration of a looped task succeeded. */
  readonly anySucceeded: DependsExpr<S>;
  /** Every iteration of a looped task failed. */
  readonly allFailed: DependsExpr<S>;
}

// constructors

const make = (node: DependsNode): DependsExpr<string> => Object.freeze({ kind: 'Depends', node }) as DependsExpr<string>;

/** The node of an operand: a handle is its bare name. */
export const dependsNode = (o: DependsOperand<string>): DependsNode =>
  o.kind === 'Depends' ? o.node : Object.freeze({ kind: 'DependsTask', name: o.name, scope: o.scope });

const RESULTS: ReadonlyArray<readonly [keyof TaskResults<string> | keyof LoopResults<string>, TaskResult]> = [
  ['succeeded', 'Succeeded'],
  ['failed', 'Failed'],
  ['errored', 'Errored'],
  ['skipped', 'Skipped'],
  ['omitted', 'Omitted'],
  ['daemoned', 'Daemoned'],
  ['anySucceeded', 'AnySucceeded'],
  ['allFailed', 'AllFailed'],
];

/**
 * A prototype whose getters build a handle's result operands on first read: tasks are created by the ten
 * thousand, their results read rarely.
 */
export const TASK_RESULTS: object = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(
      RESULTS.map(([prop, result]) => [
        prop,
        {
          get(this: { readonly name: string; readonly scope: Scope }) {
            return make(Object.freeze({ kind: 'DependsTask', name: this.name, scope: this.scope, result }));
          },
          enumerable: false,
        },
      ]),
    ),
  ),
);

/** @category constructors */
export const dependsAnd = (operands: ReadonlyArray<DependsOperand<string>>): DependsExpr<string> =>
  make({ kind: 'DependsLogic', op: 'and', operands: Object.freeze(operands.map(dependsNode)) });
/** @category constructors */
export const dependsOr = (operands: ReadonlyArray<DependsOperand<string>>): DependsExpr<string> =>
  make({ kind: 'DependsLogic', op: 'or', operands: Object.freeze(operands.map(dependsNode)) });
/** @category constructors */
export const dependsNot = (o: DependsOperand<string>): DependsExpr<string> =>
  make({ kind: 'DependsNot', operand: dependsNode(o) });
