// The script a `fn` template renders, run with this machine's `node` as Argo's executor runs it (the
// source in a file, then `node <file> <args>` with the inputs substituted into args), gives the same
// outputs as calling the function directly with the inputs the codecs decode: for every parameter type.
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { fn, param, type ScriptNode, type Template } from '../../src/index.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { renderedScript, runInPod as runScript, type Texts } from './run-in-pod.js';

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

const inputs = {
  ...everyParam,
  dn: param.number({ default: 2.5 }),
  ds: param.string({ default: 'fallback' }),
  de: param.enumWithDefault(['x', 'y'], 'y'),
};

const outputs = { ...everyParam, seen: param.json(t.unknown), at: param.string({ path: '/tmp/elsewhere/at.txt' }) };

const everyType = fn({ name: 'every-type', image: 'node:20-alpine', inputs, outputs }, ({ s, n, i, b, e, j, dn, ds, de }) => {
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

const everyTypeAsync = fn({ name: 'every-type-async', image: 'node:20-alpine', inputs, outputs }, async (given) => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  const { s, n, i, b, e, j, dn, ds, de } = given;
  return { s: s.toUpperCase(), n: -n, i: i * 2, b, e, j, seen: { dn, ds, de }, at: typeof j.at };
});

const runInPod = <I>(tmpl: Template<I, unknown>, given: Texts) => runScript(renderedScript(tmpl), given);

/** Calls the function as the local runner does: inputs decoded from the same text with the codecs. */
const callDirectly = async <I>(tmpl: Template<I, unknown>, given: Texts): Promise<Readonly<Record<string, unknown>>> => {
  const node = tmpl.node as ScriptNode;
  const decoded = Object.fromEntries(
    node.inputs.map(({ name, param: p }) => {
      const v = p.codec.decode(given[name] ?? p.default);
      if (E.isLeft(v)) throw new Error(`input ${name} does not decode`);
      return [name, v.right];
    }),
  );
  return (await node.fn!(decoded)) as Readonly<Record<string, unknown>>;
};

const samples: ReadonlyArray<readonly [string, Texts]> = [
  [
    'quotes, shell characters and a newline; defaults taken',
    { s: 'it\'s "quoted" $HOME `tick` \\ back\nnext ünï 😀 {x}', n: ' -1.5e3 ', i: '+42', b: 'false', e: 'red', j: '{"name":"n","tags":["a"],"at":null}' },
  ],
  [
    'an empty string, edge numbers; every default overridden',
    { s: '', n: '.5', i: '-4503599627370495', b: 'true', e: 'blue', j: '{ "name": "ü", "tags": [], "at": 1e-7 }', dn: '0', ds: ' ', de: 'x' },
  ],
];

describe('fn: the rendered script run with node gives the direct call’s outputs', () => {
  it.each(samples)('%s', { timeout: PROCESS_TEST_MS }, async (_, given) => {
    for (const tmpl of [everyType, everyTypeAsync]) {
      const [pod, direct] = await Promise.all([runInPod(tmpl, given), callDirectly(tmpl, given)]);
      expect(pod).toMatchObject({ code: 0, stderr: '' });
      const node = tmpl.node as ScriptNode;
      expect(Object.keys(pod.outputs).sort()).toEqual(node.outputs.map((o) => o.name).sort());
      for (const { name, param: p } of node.outputs) {
        expect({ name, text: pod.outputs[name] }).toEqual({ name, text: p.codec.encode(direct[name]) });
        expect(p.codec.decode(pod.outputs[name])).toEqual(E.right(direct[name]));
      }
    }
  });

  it('fails the step on an input that is not its type’s text, as the codec refuses it', { timeout: PROCESS_TEST_MS }, async () => {
    const given = { ...samples[0]![1], n: '12abc' };
    const pod = await runInPod(everyType, given);
    expect(pod.code).toBe(1);
    expect(pod.stderr).toContain('input "n" is not a valid number: "12abc"');
    expect(E.isLeft(inputs.n.codec.decode('12abc'))).toBe(true);
  });

  it('fails the step when the function returns a value its output cannot hold, or throws', { timeout: PROCESS_TEST_MS }, async () => {
    const liar = fn(
      { name: 'liar', image: 'node:20-alpine', inputs: { n: param.number() }, outputs: { half: param.int() } },
      ({ n }) => {
        if (n < 0) throw new Error(`negative: ${n}`);
        return { half: n / 2 };
      },
    );
    const odd = await runInPod(liar, { n: '3' });
    expect(odd.code).toBe(1);
    expect(odd.stderr).toContain('output "half" is not a valid int: 1.5');
    expect(odd.outputs).toEqual({});
    const even = await runInPod(liar, { n: '4' });
    expect(even).toEqual({ code: 0, stderr: '', outputs: { half: '2' } });
    const thrown = await runInPod(liar, { n: '-1' });
    expect(thrown.code).toBe(1);
    expect(thrown.stderr).toContain('Error: negative: -1');
  });

  it('writes an output to its declared path, others to /tmp/outputs/<name>', () => {
    const paths = renderedScript(everyType).outputs?.parameters?.map((p) => [p.name, p.valueFrom?.path]);
    expect(Object.fromEntries(paths ?? [])).toEqual({
      s: '/tmp/outputs/s',
      n: '/tmp/outputs/n',
      i: '/tmp/outputs/i',
      b: '/tmp/outputs/b',
      e: '/tmp/outputs/e',
      j: '/tmp/outputs/j',
      seen: '/tmp/outputs/seen',
      at: '/tmp/elsewhere/at.txt',
    });
  });
});
