// The script a `fn` template renders, run with this machine's `node` as Argo's executor runs it (the
// source in a file, then `node <file> <args>` with the inputs substituted into args), gives the same
// outputs as calling the function directly with the inputs the codecs decode: for every parameter type.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fn, param, type ScriptNode, type Template } from '../../src/index.js';
import { everyType, everyTypeAsync, inputs, samples } from './every-type.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { renderedScript, runInPod as runScript, type Texts } from './run-in-pod.js';

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
