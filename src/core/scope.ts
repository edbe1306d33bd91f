// Where a ref comes from and whose it is: the AST records refs as these values, never as parsed text.

/**
 * A named place in a template: the owner of input refs and of the task/step names refs point at.
 * Compared by identity, so a ref carried into another template is caught by the interpreter.
 * @category model
 */
export interface Scope {
  readonly kind: 'Scope';
  readonly template: string;
}

/** @category model */
export type RefSource =
  | { readonly kind: 'input'; readonly scope: Scope; readonly name: string }
  | {
      readonly kind: 'output';
      readonly scope: Scope;
      /** `tasks` in a dag, `steps` in a steps template. */
      readonly owner: 'tasks' | 'steps';
      readonly node: string;
      readonly output: string;
    }
  /** An output artifact of the template itself, read for its path (`{{outputs.artifacts.x.path}}`). */
  | { readonly kind: 'own-output'; readonly scope: Scope; readonly name: string }
  | { readonly kind: 'expression' };

/** @category constructors */
export const makeScope = (template: string): Scope => Object.freeze({ kind: 'Scope', template });

/** The scope of steps made with the free-standing `step` function, resolved by name where they land. */
export const FREE_STEPS: Scope = makeScope('');
