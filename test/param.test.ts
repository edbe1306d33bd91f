import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { codecOf, container, param, renderWorkflow, toManifest, workflow } from '../src/index.js';

describe('param', () => {
  it('each type decodes Argo strings and encodes back to strings', () => {
    expect(codecOf(param.number()).decode('2.5')).toEqual(E.right(2.5));
    expect(E.isLeft(codecOf(param.number()).decode('two'))).toBe(true);
    expect(codecOf(param.int()).decode('42')).toEqual(E.right(42));
    expect(E.isLeft(codecOf(param.int()).decode('4.2'))).toBe(true);
    expect(codecOf(param.boolean()).decode('false')).toEqual(E.right(false));
    expect(E.isLeft(codecOf(param.boolean()).decode('yes'))).toBe(true);
    expect(codecOf(param.enum('a', 'b')).decode('b')).toEqual(E.right('b'));
    expect(E.isLeft(codecOf(param.enum('a', 'b')).decode('c'))).toBe(true);
    const point = param.json(t.type({ x: t.number, y: t.number }));
    expect(codecOf(point).decode('{"x":1,"y":2}')).toEqual(E.right({ x: 1, y: 2 }));
    expect(E.isLeft(codecOf(point).decode('{"x":1}'))).toBe(true);
    expect(E.isLeft(codecOf(point).decode('{not json'))).toBe(true);
    expect(codecOf(point).encode({ x: 1, y: 2 })).toBe('{"x":1,"y":2}');
    expect(codecOf(param.number()).encode(3)).toBe('3');
  });

  it('renders defaults, enums and descriptions on inputs, valueFrom on outputs', () => {
    const tpl = container({
      name: 'p',
      image: 'busybox',
      inputs: {
        count: param.int({ default: 3, description: 'how many' }),
        mode: param.enumWithDefault(['fast', 'slow'], 'slow'),
        flag: param.boolean({ default: true }),
        cfg: param.json(t.type({ a: t.string }), { default: { a: 'x' } }),
      },
      outputs: {
        out: param.string({ path: '/tmp/out', default: 'none', globalName: 'gout' }),
        expr: param.number({ expression: 'tasks.a.outputs.result' }),
      },
      command: ['true'],
    });
    // Rendering only: Argo refuses `expression` outputs on containers, which the validator reports.
    const m = renderWorkflow(workflow({ generateName: 'p-', entrypoint: tpl }));
    expect(E.isRight(m) && m.right.spec.templates[0]).toMatchObject({
      inputs: {
        parameters: [
          { name: 'count', default: '3', description: 'how many' },
          { name: 'mode', default: 'slow', enum: ['fast', 'slow'] },
          { name: 'flag', default: 'true' },
          { name: 'cfg', default: '{"a":"x"}' },
        ],
      },
      outputs: {
        parameters: [
          { name: 'out', valueFrom: { path: '/tmp/out', default: 'none' }, globalName: 'gout' },
          { name: 'expr', valueFrom: { expression: 'tasks.a.outputs.result' } },
        ],
      },
    });
  });

  it("renders `supplied: true` as Argo's SuppliedValueFrom object, `supplied: {}`", () => {
    const tpl = container({
      name: 'approve',
      image: 'busybox',
      outputs: { ok: param.boolean({ supplied: true }) },
      command: ['true'],
    });
    // Rendering only: Argo takes supplied outputs on suspend templates, which the DSL has not yet.
    const m = renderWorkflow(workflow({ generateName: 's-', entrypoint: tpl }));
    expect(E.isRight(m) && m.right.spec.templates[0]?.outputs?.parameters).toEqual([
      { name: 'ok', valueFrom: { supplied: {} } },
    ]);
  });

  it('renders an input read from a ConfigMap key as valueFrom.configMapKeyRef; other sources stay output-only', () => {
    const ref = { name: 'simple-parameters', key: 'msg' };
    const tpl = container({ name: 'q', image: 'busybox', inputs: { a: param.string({ configMapKeyRef: ref }) }, command: ['true'] });
    expect(toManifest(workflow({ generateName: 'q-', entrypoint: tpl })).spec.templates[0]?.inputs?.parameters).toEqual([
      { name: 'a', valueFrom: { configMapKeyRef: ref } },
    ]);
    const both = container({ name: 'q', image: 'busybox', inputs: { a: param.string({ configMapKeyRef: ref, path: '/x' }) }, command: ['true'] });
    expect(() => toManifest(workflow({ generateName: 'q-', entrypoint: both }))).toThrow("input 'a' has path, which only apply to outputs");
  });

  it('reports output-only fields used on an input', () => {
    const tpl = container({ name: 'q', image: 'busybox', inputs: { a: param.string({ path: '/x' }) }, command: ['true'] });
    expect(() => toManifest(workflow({ generateName: 'q-', entrypoint: tpl }))).toThrow(
      "template 'q' › inputs.parameters.a: input 'a' has path, which only apply to outputs; remove them",
    );
  });
});
