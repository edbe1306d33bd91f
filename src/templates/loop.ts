import type { LoopNode } from '../core/loop-node.js';
import { expressionSource, type RefSource } from '../core/scope.js';
import { isRef, makeRef, type Ref } from '../typed-refs/ref.js';
import type { Describe, ItemOutsideLoop, UngatheredArtifact } from '../typed-refs/args.js';
import type { Artifact } from '../core/artifact.js';

// model

/** `withSequence`: `count`, or `start`/`end` (inclusive, may count down), each a number or a ref. @category model */
export interface SequenceSpec {
  readonly count?: number | Ref<number>;
  readonly start?: number | Ref<number>;
  readonly end?: number | Ref<number>;
  /** A printf format for each number, e.g. `testuser%02X`. */
  readonly format?: string;
}

/**
 * How a call fans out, exactly one of:
 * - `withItems`: literal items; the item is typed from them.
 * - `withParam`: a ref to a JSON list (a `param.json(t.array(...))` output, or a looped task's output),
 *   or a literal list, rendered as its JSON text (`'["1","2"]'`, as some upstream workflows write it).
 * - `withSequence`: numbers.
 * @category model
 */
export type LoopOptions =
  | { readonly withItems: ReadonlyArray<unknown>; readonly withParam?: never; readonly withSequence?: never }
  | { readonly withParam: Ref<unknown> | ReadonlyArray<unknown>; readonly withItems?: never; readonly withSequence?: never }
  | { readonly withSequence: SequenceSpec; readonly withItems?: never; readonly withParam?: never };

// type-level

/** The item type of a loop. @category type-level */
export type ItemOf<L> = L extends { readonly withItems: ReadonlyArray<infer T> }
  ? T
  : L extends { readonly withParam: Ref<ReadonlyArray<infer T>> | ReadonlyArray<infer T> }
    ? T
    : number;

/** `{}` for a loop Argo can run; a sentence on `withParam` over a ref that is not a list. @category type-level */
export type CheckLoop<L> = L extends { readonly withParam: infer P }
  ? P extends Ref<ReadonlyArray<unknown>> | ReadonlyArray<unknown>
    ? {}
    : { readonly withParam: `✗ withParam needs a ref to a JSON list (a param.json(t.array(...)) output or a looped call's output), but got ${Describe<P>}` }
  : {};

/**
 * Arguments `G` of a call without a loop option: `unknown` (no constraint) for a record, a sentence for a
 * function of the item (the item exists only in a loop).
 * @category type-level
 */
export type Unlooped<G> = G extends (item: never) => unknown ? ItemOutsideLoop : unknown;

/** The current item: a ref to it, and to each of its fields when it is an object (`item.name`). @category type-level */
export type ItemRef<T> = Ref<T> &
  (T extends ReadonlyArray<unknown> ? {} : T extends object ? { readonly [K in keyof T]-?: ItemRef<T[K]> } : {});

/**
 * The outputs of a looped call: Argo aggregates each output parameter (and the result) of the iterations
 * into a JSON list. Their artifacts it does not gather: each reads as `UngatheredArtifact`, which no input takes.
 * `$all` is every output parameter of each iteration as one list (see {@link AllOutputs}).
 * @category type-level
 */
export type FanIn<O> = { readonly [K in keyof O]: [O[K]] extends [Artifact] ? UngatheredArtifact : Array<O[K]> } & {
  readonly $all: AllOutputs<O>;
};

/**
 * Argo's `{{tasks.X.outputs.parameters}}` / `{{steps.X.outputs.parameters}}` after a loop: a JSON list with
 * one object per iteration, mapping each output parameter to its value. Argo writes every value as a
 * string (`[{"echoed":"x"},{"echoed":"y"}]`), and leaves out the result and artifacts.
 * Use it as a list (`withParam: fan.out.$all`, item fields `item.echoed`) or pass it on whole.
 * @example
 * ```ts
 * const fan = d.task('fan', echo, (i) => ({ msg: i }), { withItems: ['x', 'y'] });
 * d.task('each', show, (o) => ({ msg: o.echoed }), { withParam: fan.out.$all });
 * // - name: each
 * //   arguments: {parameters: [{name: msg, value: '{{item.echoed}}'}]}
 * //   withParam: '{{tasks.fan.outputs.parameters}}'
 * ```
 * @category type-level
 */
export type AllOutputs<O> = ReadonlyArray<{ readonly [K in keyof O as K extends 'result' ? never : [O[K]] extends [Artifact] ? never : K]-?: string }>;

/** The arguments of a looped call: fixed, or computed from the item. @category type-level */
export type LoopArgs<T, A> = A | ((item: ItemRef<T>) => A);

// constructors

/** `{{item}}`, with `item.<field>` refs for any field read from it. */
const itemRef = (path: string): unknown =>
  new Proxy(makeRef(path, expressionSource([], [])), {
    get: (target, prop, receiver) =>
      typeof prop === 'symbol' || prop in target ? Reflect.get(target, prop, receiver) : itemRef(`${path}.${prop}`),
  });

/** The arguments of a call: a function of the item is called once with the item ref. */
export const loopArgs = (args: unknown): Readonly<Record<string, unknown>> =>
  typeof args === 'function' ? (args as (i: unknown) => Readonly<Record<string, unknown>>)(itemRef('item')) : (args as Readonly<Record<string, unknown>>);

const rendered = (v: number | Ref<number>, refs: RefSource[]): string => {
  if (isRef(v)) refs.push(v.source);
  return String(v);
};

/** Whether a call's options loop it (its outputs are then gathered into lists). */
export const isLooped = (opts: Partial<Record<'withItems' | 'withParam' | 'withSequence', unknown>> | undefined): boolean =>
  opts?.withItems !== undefined || opts?.withParam !== undefined || opts?.withSequence !== undefined;

/** The loop of a call's options, if it has one. */
export const loopNode = (opts: Partial<Record<'withItems' | 'withParam' | 'withSequence', unknown>> | undefined): LoopNode | undefined => {
  if (opts?.withItems !== undefined) {
    return Object.freeze({ kind: 'WithItems', items: Object.freeze([...(opts.withItems as ReadonlyArray<unknown>)]) });
  }
  if (opts?.withParam !== undefined) {
    const p = opts.withParam as Ref<unknown> | ReadonlyArray<unknown>;
    if (!isRef(p)) return Object.freeze({ kind: 'WithParam', value: JSON.stringify(p), refs: Object.freeze([]) });
    return Object.freeze({ kind: 'WithParam', value: String(p), refs: Object.freeze([p.source]) });
  }
  if (opts?.withSequence !== undefined) {
    const s = opts.withSequence as SequenceSpec;
    const refs: RefSource[] = [];
    return Object.freeze({
      kind: 'WithSequence',
      ...(s.count !== undefined && { count: rendered(s.count, refs) }),
      ...(s.start !== undefined && { start: rendered(s.start, refs) }),
      ...(s.end !== undefined && { end: rendered(s.end, refs) }),
      ...(s.format !== undefined && { format: s.format }),
      refs: Object.freeze(refs),
    });
  }
  return undefined;
};
