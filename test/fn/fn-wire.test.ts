// The pod-side readers and writers of `fn`'s runtime agree with the codecs, type by type, on edge texts and
// on random ones: what the pod reads is what tiphys decodes, what it writes is what tiphys encodes.
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { param, type ParamNode, type ParamType } from '../../src/index.js';
import { WIRE_READERS, WIRE_WRITERS } from '../../src/templates/fn-runtime.js';

type Wire = (u: unknown, values: ReadonlyArray<string>) => unknown;
const compiled = (text: string): Wire => new Function(`return ${text};`)() as Wire;

const params: { readonly [T in ParamType]: ParamNode } = {
  string: param.string(),
  number: param.number(),
  int: param.int(),
  boolean: param.boolean(),
  enum: param.enum('a', 'b c', ''),
  json: param.json(t.unknown),
};

const edgeTexts = [
  '', ' ', '0', '-0', '+1', ' 12 ', '1.', '.5', '1e3', '1E-3', '1e400', '-1e400', '0x10', '1_000', 'NaN', 'Infinity',
  '9007199254740991', '9007199254740993', '-9007199254740991', '1.0', 'true', 'false', 'True', 'a', 'b c', 'null',
  '"x"', '[1,2]', '{"a":{"b":[null]}}', '{', 'ü 😀', '\n1\n',
];

const edgeValues: ReadonlyArray<unknown> = [
  '', 'a', 'b c', 0, -0, 1.5, -2, 2 ** 53, 2 ** 53 - 1, Number.NaN, Number.POSITIVE_INFINITY, true, false, null,
  [1, 'x'], { a: { b: [null] } }, undefined,
];

const types = Object.keys(params) as ReadonlyArray<ParamType>;

describe('fn runtime: the pod reads and writes as the codecs do', () => {
  it.each(types)('%s: reading a text', (type) => {
    const p = params[type];
    const read = compiled(WIRE_READERS[type]);
    const agree = (text: string) => {
      const decoded = p.codec.decode(text);
      expect({ text, read: read(text, p.enum ?? []) }).toEqual({ text, read: E.isRight(decoded) ? decoded.right : undefined });
    };
    edgeTexts.forEach(agree);
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.json()), agree));
  });

  it.each(types)('%s: writing a value', (type) => {
    const p = params[type];
    const write = compiled(WIRE_WRITERS[type]);
    const agree = (value: unknown) => {
      expect({ value, written: write(value, p.enum ?? []) }).toEqual({ value, written: p.codec.is(value) ? p.codec.encode(value) : undefined });
    };
    edgeValues.forEach(agree);
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.jsonValue()), agree));
  });
});
