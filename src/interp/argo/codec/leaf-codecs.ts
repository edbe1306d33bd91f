// Scalar codecs of the Argo model, with messages that say what was expected.
import * as t from 'io-ts'
import { describeValue } from './describe-value.js'

const scalar = <A>(name: string, expected: string, guard: (u: unknown) => u is A): t.Type<A, A, unknown> =>
  new t.Type<A, A, unknown>(
    name,
    guard,
    (u, c) => (guard(u) ? t.success(u) : t.failure(u, c, `expected ${expected}, got ${describeValue(u)}`)),
    t.identity,
  )

export const stringCodec = scalar('string', 'a string', (u): u is string => typeof u === 'string')

export const booleanCodec = scalar('boolean', 'a boolean (true or false)', (u): u is boolean => typeof u === 'boolean')

export const integerCodec = scalar('integer', 'an integer', (u): u is number => typeof u === 'number' && Number.isInteger(u))

export const numberCodec = scalar('number', 'a number', (u): u is number => typeof u === 'number' && Number.isFinite(u))

/** Kubernetes' `IntOrString`: the schema says string, the API (and upstream examples) also take integers. */
export const intOrStringCodec = scalar(
  'IntOrString',
  'an integer or a string',
  (u): u is number | string => typeof u === 'string' || (typeof u === 'number' && Number.isInteger(u)),
)

export const unknownCodec: t.Type<unknown, unknown, unknown> = t.unknown

export const unknownRecordCodec = scalar(
  'map',
  'a map',
  (u): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date),
)

export const literalCodec = <V extends string>(value: V): t.Type<V, V, unknown> =>
  scalar(JSON.stringify(value), JSON.stringify(value), (u): u is V => u === value)
