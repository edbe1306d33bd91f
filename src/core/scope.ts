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
      /** Set when `output` names an output artifact (which a looped call does not gather). */
      readonly artifact?: true;
    }
  /** An output artifact of the template itself, read for its path (`{{outputs.artifacts.x.path}}`). */
  | { readonly kind: 'own-output'; readonly scope: Scope; readonly name: string }
  /**
   * A ref built from text: `expr('item')`, or an expr-lang expression over refs. It keeps what it reads,
   * so dependencies and checks come from the ref itself, never from parsing its rendered form back.
   */
  | {
      readonly kind: 'expression';
      /** The typed refs it is built from, flattened (an expression inside it contributes its own). */
      readonly reads: ReadonlyArray<RefSource>;
      /** Tasks or steps its own text names (`expr('tasks.a.outputs.result')`): calls of the template it is used in. */
      readonly names: ReadonlyArray<NodeName>;
    };

/** A task or step named by text, resolved in the template the text is used in. @category model */
export interface NodeName {
  readonly owner: 'tasks' | 'steps';
  readonly node: string;
}

const NO_SOURCES: ReadonlyArray<never> = Object.freeze([]);

/** The source of a ref built from text and refs; an expression among `reads` gives its own reads and names. @category constructors */
export const expressionSource = (reads: ReadonlyArray<RefSource>, names: ReadonlyArray<NodeName>): RefSource => {
  const typed: RefSource[] = [];
  const named: NodeName[] = names.map((n) => Object.freeze({ owner: n.owner, node: n.node }));
  for (const r of reads) {
    if (r.kind !== 'expression') typed.push(r);
    else {
      typed.push(...r.reads);
      named.push(...r.names);
    }
  }
  return Object.freeze({
    kind: 'expression',
    reads: typed.length === 0 ? NO_SOURCES : Object.freeze(typed),
    names: named.length === 0 ? NO_SOURCES : Object.freeze(named),
  });
};

/** The typed refs a list of sources stands for: an expression's reads in its place. @category utils */
export const typedSources = (refs: ReadonlyArray<RefSource>): ReadonlyArray<RefSource> =>
  refs.some((r) => r.kind === 'expression') ? refs.flatMap((r) => (r.kind === 'expression' ? r.reads : [r])) : refs;

/** @category constructors */
export const makeScope = (template: string): Scope => Object.freeze({ kind: 'Scope', template });

/** The scope of steps made with the free-standing `step` function, resolved by name where they land. */
export const FREE_STEPS: Scope = makeScope('');

/**
 * The scope of input refs made before their template exists (`withArtifacts`): refs to the inputs of
 * the template whose `inputs` end up holding them, bound to its scope when it is built.
 */
export const OWN_INPUTS: Scope = makeScope('');
