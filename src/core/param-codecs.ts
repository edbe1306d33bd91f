import * as t from 'io-ts';

/**
 * Codecs between a parameter's typed value and the string Argo stores. Argo parameters are always
 * strings on the wire; decoding also accepts an already-typed value so that JSON bodies from the Argo
 * Server and values from code go through the same codec.
 *
 * @category codecs
 */
export type ParamCodec<A> = t.Type<A, string, unknown>;

const fail = (u: unknown, c: t.Context, what: string): t.Validation<never> =>
  t.failure(u, c, `expected ${what}, got ${JSON.stringify(u) ?? String(u)}`);

/** @category codecs */
export const stringCodec: ParamCodec<string> = new t.Type<string, string, unknown>(
  'string',
  (u): u is string => typeof u === 'string',
  (u, c) => (typeof u === 'string' ? t.success(u) : fail(u, c, 'a string')),
  (a) => a,
);

/** The text of a number parameter (also read by `fn`'s runtime in the pod). */
export const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The text of an int parameter (also read by `fn`'s runtime in the pod). */
export const INT_TEXT = /^\s*[-+]?\d+\s*$/;

/** @category codecs */
export const numberCodec: ParamCodec<number> = new t.Type<number, string, unknown>(
  'number',
  (u): u is number => typeof u === 'number' && Number.isFinite(u),
  (u, c) => {
    if (typeof u === 'number' && Number.isFinite(u)) return t.success(u);
    if (typeof u === 'string' && NUMBER_TEXT.test(u) && Number.isFinite(Number(u))) return t.success(Number(u));
    return fail(u, c, typeof u === 'string' && NUMBER_TEXT.test(u) ? 'a number within ±1.8e308' : 'a number');
  },
  (a) => String(a),
);

/** @category codecs */
export const intCodec: ParamCodec<number> = new t.Type<number, string, unknown>(
  'int',
  (u): u is number => Number.isSafeInteger(u),
  (u, c) => {
    if (Number.isSafeInteger(u)) return t.success(u as number);
    if (typeof u === 'string' && INT_TEXT.test(u) && Number.isSafeInteger(Number(u))) {
      return t.success(Number(u));
    }
    return fail(u, c, 'an integer');
  },
  (a) => String(a),
);

/** @category codecs */
export const booleanCodec: ParamCodec<boolean> = new t.Type<boolean, string, unknown>(
  'boolean',
  (u): u is boolean => typeof u === 'boolean',
  (u, c) => {
    if (typeof u === 'boolean') return t.success(u);
    if (u === 'true') return t.success(true);
    if (u === 'false') return t.success(false);
    return fail(u, c, '"true" or "false"');
  },
  (a) => (a ? 'true' : 'false'),
);

/** @category codecs */
export const enumCodec = <const V extends string>(values: ReadonlyArray<V>): ParamCodec<V> =>
  new t.Type<V, string, unknown>(
    values.map((v) => JSON.stringify(v)).join(' | '),
    (u): u is V => typeof u === 'string' && (values as ReadonlyArray<string>).includes(u),
    (u, c) =>
      typeof u === 'string' && (values as ReadonlyArray<string>).includes(u)
        ? t.success(u as V)
        : fail(u, c, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`),
    (a) => a,
  );

/** A JSON-encoded parameter whose decoded value is checked by `inner`. @category codecs */
export const jsonCodec = <A>(inner: t.Type<A, unknown, unknown>): ParamCodec<A> =>
  new t.Type<A, string, unknown>(
    `JSON<${inner.name}>`,
    inner.is,
    (u, c) => {
      if (typeof u !== 'string') return inner.validate(u, c);
      let parsed: unknown;
      try {
        parsed = JSON.parse(u);
      } catch {
        return fail(u, c, 'a JSON document');
      }
      return inner.validate(parsed, c);
    },
    (a) => JSON.stringify(inner.encode(a)),
  );
