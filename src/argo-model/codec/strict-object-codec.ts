// Exact object codec: every field must be known, required fields must be present.
// io-ts' `t.exact` strips unknown fields silently; Argo's server does the same, which is the bug we catch.
// What a server sends back is read in `received` mode instead (see received-codec.ts).
import * as t from 'io-ts';
import { isRecord } from '../json-value.js';
import { closestName, editDistance } from './closest-name.js';
import { ListType, MapType } from './collection-codecs.js';
import { describeValue } from './describe-value.js';
import { LiteralCodec } from './leaf-codecs.js';

/** One codec per field of `A`; the generator's output is checked against the interface through this type. */
export type FieldCodecs<A> = { readonly [K in keyof A]-?: t.Decoder<unknown, Exclude<A[K], undefined>> };

export class StrictObjectType<A extends object> extends t.Type<A, A, unknown> {
  readonly _tag = 'StrictObjectType' as const;
  constructor(
    name: string,
    validate: t.Validate<unknown, A>,
    readonly fieldNames: ReadonlyArray<string>,
    readonly required: ReadonlyArray<string>,
    readonly fields: ReadonlyMap<string, t.Decoder<unknown, unknown>>,
  ) {
    super(name, (u): u is A => validate(u, [])._tag === 'Right', validate, t.identity);
  }
}

/** The object codec behind a field (through `t.recursion` and lists), if there is one. */
const objectBehind = (codec: t.Decoder<unknown, unknown>): StrictObjectType<object> | undefined => {
  if (codec instanceof StrictObjectType) return codec as StrictObjectType<object>;
  if (codec instanceof t.RecursiveType) return objectBehind(codec.type as t.Decoder<unknown, unknown>);
  return undefined;
};

/**
 * How an object is read. `strict` (documents we write or send): an unknown field is a problem. `received`
 * (answers from a server newer than the model): unknown fields are kept as they are, a missing required
 * field with a single possible value (`apiVersion`, `kind`: Kubernetes' typed clients leave them empty)
 * takes that value, and a required list or map sent as `null` (Go's nil slice) reads as empty.
 */
export type ObjectMode = 'strict' | 'received';

/** The empty value a `null` list or map stands for, when the field's codec is one. */
const emptyOf = (codec: t.Decoder<unknown, unknown> | undefined): unknown =>
  codec instanceof ListType ? [] : codec instanceof MapType ? {} : undefined;

export const strictObject = <A extends object>(
  name: string,
  fieldCodecs: FieldCodecs<A>,
  required: ReadonlyArray<keyof A & string>,
  mode: ObjectMode = 'strict',
): StrictObjectType<A> => {
  // A Map, not the object literal: a YAML key like `constructor` must not find Object.prototype members.
  const fields = new Map(Object.entries(fieldCodecs as Record<string, t.Decoder<unknown, unknown>>));
  const fieldNames = [...fields.keys()];
  const isRequired = new Set<string>(required);

  /** Fields one level down with this name: `image` on a template belongs under `container` or `script`. */
  const misplaced = (key: string): string | undefined => {
    const places = [...fields]
      .filter(([, codec]) => objectBehind(codec)?.fieldNames.includes(key) === true)
      .map(([field]) => `"${field}.${key}"`);
    return places.length === 0 ? undefined : places.slice(0, 3).join(' or ');
  };

  const unknownField = (key: string, value: unknown, c: t.Context): t.ValidationError => {
    const guess = closestName(key, fieldNames);
    const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
    const nested = misplaced(key);
    // A one-letter slip beats a field of the same name further down; a looser match does not.
    const slip = guess !== undefined && editDistance(key.toLowerCase(), guess.toLowerCase()) <= 1;
    const hint =
      guess !== undefined && (slip || nested === undefined)
        ? `did you mean "${guess}"?`
        : nested !== undefined
          ? `${name} has no field "${shown}"; did you mean ${nested}?`
          : `${name} has no field "${shown}"; remove it`;
    return { value, context: t.appendContext(c, key, t.unknown, value), message: `unknown field; ${hint}` };
  };

  const validate: t.Validate<unknown, A> = (u, c) => {
    if (!isRecord(u)) return t.failure(u, c, `expected a map (${name}), got ${describeValue(u)}`);
    const errors: t.ValidationError[] = [];
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(u)) {
      const value = u[key];
      const codec = fields.get(key);
      if (codec === undefined) {
        if (mode === 'strict') errors.push(unknownField(key, value, c));
        continue;
      }
      const here = t.appendContext(c, key, codec, value);
      if (value === null) {
        const empty = mode === 'received' ? emptyOf(codec) : undefined;
        // Kubernetes decodes `field: null` as an absent field, so the model drops it rather than refusing it.
        if (empty !== undefined) (out ??= { ...u })[key] = empty;
        else if (isRequired.has(key)) errors.push({ value, context: here, message: `required field is empty; give ${key} a value` });
        else delete (out ??= { ...u })[key];
        continue;
      }
      const r = codec.validate(value, here);
      // A loop, not push(...r.left): a spread of 150,000 errors overflows the stack.
      if (r._tag === 'Left') for (const e of r.left) errors.push(e);
      else if (r.right !== value) (out ??= { ...u })[key] = r.right;
    }
    for (const key of required) {
      if (!Object.hasOwn(u, key)) {
        const codec = fields.get(key);
        if (mode === 'received' && codec instanceof LiteralCodec) {
          (out ??= { ...u })[key] = codec.value;
          continue;
        }
        errors.push({
          value: undefined,
          context: t.appendContext(c, key, fields.get(key) ?? t.unknown, undefined),
          message: `required field missing; ${name} needs ${key}`,
        });
      }
    }
    return errors.length > 0 ? t.failures(errors) : t.success((out ?? u) as A);
  };

  return new StrictObjectType<A>(name, validate, fieldNames, required, fields);
};
