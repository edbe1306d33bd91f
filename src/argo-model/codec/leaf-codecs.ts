// Scalar codecs of the Argo model, with messages that say what was expected.
import * as t from 'io-ts';
import { isRecord } from '../json-value.js';
import { describeValue } from './describe-value.js';

const scalar = <A>(name: string, expected: string, guard: (u: unknown) => u is A): t.Type<A, A, unknown> =>
  new t.Type<A, A, unknown>(
    name,
    guard,
    (u, c) => (guard(u) ? t.success(u) : t.failure(u, c, `expected ${expected}, got ${describeValue(u)}`)),
    t.identity,
  );

export const stringCodec = scalar('string', 'a string', (u): u is string => typeof u === 'string');

export const booleanCodec = scalar('boolean', 'a boolean (true or false)', (u): u is boolean => typeof u === 'boolean');

export const integerCodec = scalar('integer', 'an integer', (u): u is number => typeof u === 'number' && Number.isInteger(u));

export const numberCodec = scalar('number', 'a number', (u): u is number => typeof u === 'number' && Number.isFinite(u));

/** Kubernetes' `IntOrString`: the schema says string, the API (and upstream examples) also take integers. */
export const intOrStringCodec = scalar(
  'IntOrString',
  'an integer or a string',
  (u): u is number | string => typeof u === 'string' || (typeof u === 'number' && Number.isInteger(u)),
);

/** Go's `strconv.FormatFloat(n, 'f', -1, 64)`: shortest digits, never an exponent. */
const goFloatText = (n: number): string => {
  const text = String(n);
  const e = text.indexOf('e');
  if (e === -1) return text;
  const exponent = Number(text.slice(e + 1));
  const sign = n < 0 ? '-' : '';
  const mantissa = text.slice(sign.length, e);
  const digits = mantissa.replace('.', '');
  const point = (mantissa.indexOf('.') === -1 ? mantissa.length : mantissa.indexOf('.')) + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
};

/**
 * Argo's `AnyString` (parameter values, defaults, enums): a string, or a number or boolean that
 * Argo turns into its text, as this codec does, so `value: 3` decodes to "3".
 */
export const anyStringCodec = new t.Type<string, string, unknown>(
  'AnyString',
  (u): u is string => typeof u === 'string',
  (u, c) =>
    typeof u === 'string'
      ? t.success(u)
      : typeof u === 'boolean'
        ? t.success(String(u))
        : typeof u === 'number' && Number.isFinite(u)
          ? t.success(goFloatText(u))
          : t.failure(u, c, `expected a string (or a number or boolean, read as text), got ${describeValue(u)}`),
  t.identity,
);

/**
 * Kubernetes' `Quantity` (`cpu: 500m`, `memory: 1Gi`): a string, or a plain number that Kubernetes
 * reads as the same quantity, so `cpu: 1` decodes to "1".
 */
export const quantityCodec = new t.Type<string, string, unknown>(
  'Quantity',
  (u): u is string => typeof u === 'string',
  (u, c) =>
    typeof u === 'string'
      ? t.success(u)
      : typeof u === 'number' && Number.isFinite(u)
        ? t.success(goFloatText(u))
        : t.failure(u, c, `expected a quantity such as "500m" or "1Gi", got ${describeValue(u)}`),
  t.identity,
);

export const unknownCodec: t.Type<unknown, unknown, unknown> = t.unknown;

export const unknownRecordCodec = scalar(
  'map',
  'a map',
  isRecord,
);

/** A field with one possible value (`apiVersion`, `kind`); the value is kept so a reader can fill it in. */
export class LiteralCodec<V extends string> extends t.Type<V, V, unknown> {
  readonly _tag = 'LiteralCodec' as const;
  constructor(readonly value: V) {
    const is = (u: unknown): u is V => u === value;
    const shown = JSON.stringify(value);
    super(shown, is, (u, c) => (is(u) ? t.success(u) : t.failure(u, c, `expected ${shown}, got ${describeValue(u)}`)), t.identity);
  }
}

export const literalCodec = <V extends string>(value: V): LiteralCodec<V> => new LiteralCodec(value);
