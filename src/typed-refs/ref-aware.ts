import type { RefSource } from '../core/scope.js';
import { isRef, type GlobalRef, type Ref } from './ref.js';

// model

/**
 * Which refs a position takes: `'template'` any ref in scope of the template, `'global'` only global
 * refs (workflow-level fields, substituted before any template runs).
 * @category model
 */
export type RefScope = 'template' | 'global';

/** The ref to a value of type `A` that fits a position of scope `S`. @category type-level */
export type RefIn<A, S extends RefScope> = S extends 'global' ? GlobalRef<A> : Ref<A>;

/**
 * A value of the Argo model type `T` in which every string position may also be a ref of that type
 * (`Ref<string>`, or a ref to an enum parameter) and every int-or-string position a `Ref<number>` too;
 * with `S = 'global'`, global refs only. Template strings with refs inside (`${i.host}:8080`) are plain
 * strings and fit as they are. Number and boolean positions stay literal: Argo reads them before it
 * substitutes `{{...}}`.
 * @category type-level
 */
export type RefAware<T, S extends RefScope = 'template'> = [number | string] extends [T]
  ? T | RefIn<string, S> | RefIn<number, S>
  : RefAwareOf<T, S>;

/** `RefAware` of a type that is not int-or-string. @category type-level */
export type RefAwareOf<T, S extends RefScope = 'template'> = T extends ReadonlyArray<infer E>
  ? ReadonlyArray<RefAware<E, S>>
  : T extends string
    ? T | RefIn<T, S>
    : T extends number | boolean | null | undefined
      ? T
      : T extends object
        ? { readonly [K in keyof T]: RefAware<T[K], S> }
        : T;

// utils

/**
 * Renders a ref-aware value to its Argo form: every ref becomes its `{{...}}` string and its source is
 * pushed to `refs`, at any depth. Plain data is copied and frozen.
 */
export const renderRefAware = (v: unknown, refs: RefSource[]): unknown => {
  if (isRef(v)) {
    refs.push(v.source);
    return String(v);
  }
  if (Array.isArray(v)) return Object.freeze(v.map((x) => renderRefAware(x, refs)));
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = renderRefAware(x, refs);
    return Object.freeze(out);
  }
  return v;
};

/** Every string inside a rendered value, at any depth, for the `{{inputs.parameters.X}}` scan. */
export const stringsIn = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsIn(x, out);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) stringsIn(x, out);
  return out;
};
