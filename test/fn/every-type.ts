// fn templates with a parameter of every type, and input texts to run them with.
import * as t from 'io-ts';
import { fn, param } from '../../src/index.js';
import type { Texts } from './run-in-pod.js';

const Tagged = t.type({ name: t.string, tags: t.array(t.string), at: t.union([t.number, t.null]) });
const colour = param.enum('red', 'green', 'blue');

/** One parameter of each type, as inputs and as outputs. */
const everyParam = {
  s: param.string(),
  n: param.number(),
  i: param.int(),
  b: param.boolean(),
  e: colour,
  j: param.json(Tagged),
};

export const inputs = {
  ...everyParam,
  dn: param.number({ default: 2.5 }),
  ds: param.string({ default: 'fallback' }),
  de: param.enumWithDefault(['x', 'y'], 'y'),
};

const outputs = { ...everyParam, seen: param.json(t.unknown), at: param.string({ path: '/tmp/elsewhere/at.txt' }) };

export const everyType = fn({ name: 'every-type', image: 'node:20-alpine', inputs, outputs }, ({ s, n, i, b, e, j, dn, ds, de }) => {
  const next = { red: 'green', green: 'blue', blue: 'red' } as const;
  return {
    s: `${s}|${ds}|${de}`,
    n: n * dn,
    i: i - 1,
    b: !b,
    e: next[e],
    j: { ...j, tags: [...j.tags, e] },
    seen: { s, n, i, b, e, j, dn, ds, de },
    at: String(j.at),
  };
});

export const everyTypeAsync = fn({ name: 'every-type-async', image: 'node:20-alpine', inputs, outputs }, async (given) => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  const { s, n, i, b, e, j, dn, ds, de } = given;
  return { s: s.toUpperCase(), n: -n, i: i * 2, b, e, j, seen: { dn, ds, de }, at: typeof j.at };
});

export const samples: ReadonlyArray<readonly [string, Texts]> = [
  [
    'quotes, shell characters and a newline; defaults taken',
    { s: 'it\'s "quoted" $HOME `tick` \\ back\nnext ünï 😀 {x}', n: ' -1.5e3 ', i: '+42', b: 'false', e: 'red', j: '{"name":"n","tags":["a"],"at":null}' },
  ],
  [
    'an empty string, edge numbers; every default overridden',
    { s: '', n: '.5', i: '-4503599627370495', b: 'true', e: 'blue', j: '{ "name": "ü", "tags": [], "at": 1e-7 }', dn: '0', ds: ' ', de: 'x' },
  ],
];

