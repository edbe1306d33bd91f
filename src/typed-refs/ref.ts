import type { Artifact } from '../core/artifact.js';
import { expressionSource, type RefSource, type Scope } from '../core/scope.js';
import { scanNodeRefs } from '../core/tag-scanner.js';

// model

/**
 * A typed reference to a value Argo fills in at run time. `A` is a phantom: it only exists for the
 * checker. A ref renders as `{{expr}}`, also inside template strings (`${ref}`).
 * @category model
 */
export interface Ref<A> {
  readonly kind: 'Ref';
  readonly expr: string;
  readonly source: RefSource;
  readonly _A: A;
  toString(): string;
}

// constructors

function render(this: Ref<unknown>): string {
  return `{{${this.expr}}}`;
}

/** @category constructors */
export const makeRef = <A>(expr: string, source: RefSource): Ref<A> =>
  Object.freeze({ kind: 'Ref', expr, source, toString: render }) as unknown as Ref<A>;

/** A ref to an artifact or output parameter of the template itself, with its `path` (`{{inputs.artifacts.x.path}}`). */
const withPath = <R>(expr: string, source: RefSource): R =>
  Object.freeze({ kind: 'Ref', expr, source, toString: render, path: makeRef(`${expr}.path`, source) }) as unknown as R;
const artifactRef = (expr: string, source: RefSource): ArtifactRef => withPath<ArtifactRef>(expr, source);

/**
 * Refs to a template's own inputs: `{{inputs.parameters.<name>}}`, `{{inputs.artifacts.<name>}}` for the
 * names in `artifacts`.
 * @category constructors
 */
export const inputRefs = <I>(
  scope: Scope,
  names: ReadonlyArray<string>,
  artifacts: ReadonlyArray<string> = [],
): InputRefs<I> =>
  Object.freeze(
    Object.fromEntries([
      ...names.map((name) => [name, makeRef(`inputs.parameters.${name}`, { kind: 'input', scope, name })]),
      ...artifacts.map((name) => [name, artifactRef(`inputs.artifacts.${name}`, { kind: 'input', scope, name })]),
    ]),
  ) as InputRefs<I>;

/**
 * Refs to a leaf template's own outputs, for their `path`: `{{outputs.artifacts.<name>.path}}`,
 * `{{outputs.parameters.<name>.path}}`.
 */
export const ownOutputRefs = <O>(scope: Scope, artifacts: ReadonlyArray<string>, params: ReadonlyArray<string> = []): OwnOutputRefs<O> =>
  Object.freeze(
    Object.fromEntries([
      ...artifacts.map((name) => [name, artifactRef(`outputs.artifacts.${name}`, { kind: 'own-output', scope, name })]),
      ...params.map((name) => [name, withPath<OutputParamRef<unknown>>(`outputs.parameters.${name}`, { kind: 'own-output', scope, name })]),
    ]),
  ) as OwnOutputRefs<O>;

const NO_OUTPUTS = Object.freeze({});

/**
 * Refs to the outputs of a task or step. `result` is Argo's captured stdout when `stdout` says the
 * template has one; every other name (and `result` of a dag or steps template) is an output parameter.
 * @category constructors
 */
export const outputRefs = <O>(
  scope: Scope,
  owner: 'tasks' | 'steps',
  node: string,
  names: ReadonlyArray<string>,
  artifacts: ReadonlyArray<string> = [],
  stdout = true,
): OutputRefs<O> =>
  names.length === 0 && artifacts.length === 0
    ? (NO_OUTPUTS as OutputRefs<O>)
    : Object.freeze(
    Object.fromEntries(
      names.map((output) => [
        output,
        makeRef(
          output === 'result' && stdout ? `${owner}.${node}.outputs.result` : `${owner}.${node}.outputs.parameters.${output}`,
          { kind: 'output', scope, owner, node, output },
        ),
      ]).concat(
        artifacts.map((output) => [
          output,
          makeRef(`${owner}.${node}.outputs.artifacts.${output}`, { kind: 'output', scope, owner, node, output, artifact: true }),
        ]),
      ),
    ),
  ) as OutputRefs<O>;

/**
 * A raw Argo variable or expression typed by the caller, for what tiphys does not model yet:
 * `expr<number>('item')` renders `{{item}}`. The tasks or steps it names (`expr('tasks.a.outputs.result')`)
 * are read as those of the dag or steps it is used in: a dag task waits on them.
 * @category constructors
 */
export const expr = <A>(expression: string): Ref<A> =>
  makeRef<A>(expression, expressionSource([], scanNodeRefs(`{{${expression}}}`)));

/**
 * A ref to a workflow-global variable (`globals({...})` parameters, `wf.name`, `wf.labels(k)`, ...), by
 * its key: `globalRef('workflow.name')` renders `{{workflow.name}}`.
 * @category constructors
 */
export const globalRef = <A>(key: string): GlobalRef<A> => expr<A>(key) as GlobalRef<A>;

// refinements

/** @category refinements */
export const isRef = (u: unknown): u is Ref<unknown> =>
  typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'Ref';

// type-level

/**
 * A ref Argo resolves in the workflow's global scope: a global parameter or a workflow variable. Only
 * these fit workflow-level fields (`serviceAccountName`, `volumes`, `podGC`...), which Argo substitutes
 * with globals before any template runs. `_global` is a phantom: never set.
 * @category model
 */
export interface GlobalRef<A> extends Ref<A> {
  readonly _global: true;
}

/** A ref to an artifact of the template itself, which also knows where the file is. @category model */
export interface ArtifactRef extends Ref<Artifact> {
  /** `{{inputs.artifacts.<name>.path}}` or `{{outputs.artifacts.<name>.path}}`. */
  readonly path: Ref<string>;
}

/** The ref to a template's own input of type `A`. @category type-level */
export type RefTo<A> = [A] extends [Artifact] ? ArtifactRef : Ref<A>;

/** @category type-level */
export type InputRefs<I> = { readonly [K in keyof I]-?: RefTo<Exclude<I[K], undefined>> };

/**
 * A ref to an output parameter of the template itself: `{{outputs.parameters.<name>}}` (its value, read
 * by the template's metrics), and where the file it is read from is (`path`).
 * @category model
 */
export interface OutputParamRef<A> extends Ref<A> {
  /** `{{outputs.parameters.<name>.path}}`. */
  readonly path: Ref<string>;
}

/** A leaf template's own outputs, by name: artifacts and parameters. @category type-level */
export type OwnOutputRefs<O> = {
  readonly [K in keyof O]-?: [O[K]] extends [Artifact] ? ArtifactRef : OutputParamRef<O[K]>;
};

/** @category type-level */
export type OutputRefs<O> = { readonly [K in keyof O]-?: Ref<O[K]> };
