import type { TemplateNode } from './template-node.js';

/**
 * A template value: a frozen AST node plus the phantom types of its inputs `I` and outputs `O`
 * (records of parameter name to value type). `_I` and `_O` are never set; they exist for the checker.
 * @category model
 */
export interface Template<I, O> {
  readonly kind: 'Template';
  readonly node: TemplateNode;
  readonly _I: I;
  readonly _O: O;
}

/** @category type-level */
export type InputsOfTemplate<T> = T extends Template<infer I, unknown> ? I : never;

/** @category type-level */
export type OutputsOfTemplate<T> = T extends Template<unknown, infer O> ? O : never;

/** @category constructors */
export const makeTemplate = <I, O>(node: TemplateNode): Template<I, O> =>
  Object.freeze({ kind: 'Template', node: Object.freeze(node) }) as Template<I, O>;
