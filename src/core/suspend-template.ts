// The type a suspend template carries beside its inputs and outputs: what a resume may set.
import type { Flat, ValueOf } from './param.js';
import type { Template } from './template.js';

/**
 * The outputs of `Q` declared `supplied: true`, by name, each with its value type: what a resume passes.
 * One without a default must be given (a later reference to it would find no value).
 * @category type-level
 */
export type SuppliedOf<Q> = Flat<
  { readonly [K in keyof Q as Q[K] extends { readonly _Supplied: true; readonly _D: false } ? K : never]: ValueOf<Q[K]> } & {
    readonly [K in keyof Q as Q[K] extends { readonly _Supplied: true; readonly _D: true } ? K : never]?: ValueOf<Q[K]>;
  }
>;

/**
 * A suspend template: a `Template` that also records, for `client.resume`, the outputs `S` a resume sets.
 * @category model
 */
export interface SuspendTemplate<I, O, S> extends Template<I, O> {
  readonly _S: S;
}
