import type { Scope } from './scope.js';

// model

/** A task result Argo's `depends` can test (`A.Succeeded`); the last two only on looped tasks. @category model */
export type TaskResult =
  | 'Succeeded'
  | 'Failed'
  | 'Errored'
  | 'Skipped'
  | 'Omitted'
  | 'Daemoned'
  | 'AnySucceeded'
  | 'AllFailed';

/**
 * A dag task's `depends` expression. A task without a result reads as Argo's bare name (succeeded,
 * skipped or daemoned).
 * @category model
 */
export type DependsNode =
  | { readonly kind: 'DependsTask'; readonly name: string; readonly scope: Scope; readonly result?: TaskResult }
  | { readonly kind: 'DependsLogic'; readonly op: 'and' | 'or'; readonly operands: ReadonlyArray<DependsNode> }
  | { readonly kind: 'DependsNot'; readonly operand: DependsNode };

// utils

/** The tasks an expression names, in order, with the scope of the handle each came from. @category utils */
export const dependsTasks = (
  d: DependsNode,
  out: Array<{ readonly name: string; readonly scope: Scope }> = [],
): Array<{ readonly name: string; readonly scope: Scope }> => {
  if (d.kind === 'DependsTask') out.push(d);
  else if (d.kind === 'DependsNot') dependsTasks(d.operand, out);
  else for (const o of d.operands) dependsTasks(o, out);
  return out;
};
