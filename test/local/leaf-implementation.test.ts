// Implementations: decoded inputs in, encoded outputs out, through the workflow's own codecs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as t from 'io-ts';
import { container, param, script } from '../../src/index.js';
import type { Template } from '../../src/argo-model/generated/index.js';
import { createLeafRunner } from '../../src/interp/local/create-leaf-runner.js';
import type { ImplementationContext } from '../../src/interp/local/leaf-implementation.js';
import { templateCodecs } from '../../src/interp/local/template-codecs.js';
import { freshStore, leafRequest } from './leaf-request.js';

const double = container({
  name: 'double',
  image: 'alpine',
  inputs: { n: param.number(), tags: param.json(t.array(t.string)) },
  outputs: { doubled: param.number({ path: '/tmp/doubled' }), first: param.string({ path: '/tmp/first' }) },
  command: ['true'],
});

const rendered: Template = { name: 'double', container: { image: 'alpine', command: ['true'] }, inputs: { parameters: [{ name: 'n' }, { name: 'tags' }] }, outputs: { parameters: [{ name: 'doubled', valueFrom: { path: '/tmp/doubled' } }, { name: 'first', valueFrom: { path: '/tmp/first' } }] } };

describe('implementations', () => {
  it('takes inputs decoded with the template\'s codecs and returns outputs encoded with them', async () => {
    let seen: unknown;
    const run = createLeafRunner({
      store: freshStore(),
      codecs: templateCodecs([double.node]),
      implementations: {
        double: (inputs: { n: number; tags: ReadonlyArray<string> }) => {
          seen = inputs;
          return { doubled: inputs.n * 2, first: inputs.tags[0] };
        },
      },
    });
    const r = await run(leafRequest(rendered, { parameters: { n: '21', tags: '["a","b"]' } }));
    expect(seen).toEqual({ n: 21, tags: ['a', 'b'] });
    expect(r).toEqual({ phase: 'Succeeded', outputs: { parameters: { doubled: '42', first: 'a' }, artifacts: {} } });
  });

  it('without codecs (a YAML workflow) sees and returns strings; other JSON is stored as its text', async () => {
    let seen: unknown;
    const run = createLeafRunner({
      store: freshStore(),
      implementations: { double: (inputs: unknown) => ((seen = inputs), { doubled: 42, first: 'a', result: [1, 2] }) },
    });
    const r = await run(leafRequest(rendered, { parameters: { n: '21', tags: '["a"]' } }));
    expect(seen).toEqual({ n: '21', tags: '["a"]' });
    expect(r.outputs).toEqual({ parameters: { doubled: '42', first: 'a' }, artifacts: {}, result: '[1,2]' });
  });

  it('an input its codec refuses, or an output it cannot encode, is an Error naming the template and the name', async () => {
    const codecs = templateCodecs([double.node]);
    const bad = await createLeafRunner({ store: freshStore(), codecs, implementations: { double: () => ({}) } })(
      leafRequest(rendered, { parameters: { n: 'twenty', tags: '[]' } }),
    );
    expect(bad).toMatchObject({ phase: 'Error', message: 'The implementation of template "double" cannot take input "n": expected a number, got "twenty".' });
    const out = await createLeafRunner({ store: freshStore(), codecs, implementations: { double: () => ({ doubled: 'many', first: 'a' }) } })(
      leafRequest(rendered, { parameters: { n: '1', tags: '[]' } }),
    );
    expect(out).toMatchObject({ phase: 'Error', message: 'The implementation of template "double": output "doubled" expects a number, got "many".' });
  });

  it('a missing or undeclared output is an Error saying which', async () => {
    const missing = await createLeafRunner({ store: freshStore(), implementations: { double: () => ({ doubled: 1 }) } })(leafRequest(rendered));
    expect(missing.message).toBe('The implementation of template "double" gives no output parameter "first", and it has no valueFrom.default.');
    const extra = await createLeafRunner({ store: freshStore(), implementations: { double: () => ({ doubled: 1, first: 'a', second: 'b' }) } })(
      leafRequest(rendered),
    );
    expect(extra.message).toBe('The implementation of template "double" gives output parameter "second", which the template does not declare (declared: doubled, first).');
  });

  it('throwing fails the node with the message', async () => {
    const r = await createLeafRunner({
      store: freshStore(),
      implementations: {
        double: async () => {
          throw new Error('quota exceeded');
        },
      },
    })(leafRequest(rendered));
    expect(r).toEqual({ phase: 'Failed', message: 'quota exceeded', outputs: { parameters: {}, artifacts: {} } });
  });

  it('gets the node and the signal; an abort ends the attempt even if the function ignores it', async () => {
    const controller = new AbortController();
    let context: ImplementationContext | undefined;
    const pending = createLeafRunner({
      store: freshStore(),
      implementations: { double: (_i: unknown, c: ImplementationContext) => ((context = c), new Promise(() => undefined)) },
    })(leafRequest(rendered, { signal: controller.signal, attempt: 2 }));
    setTimeout(() => controller.abort('timeout'), 20);
    expect(await pending).toEqual({ phase: 'Failed', message: 'timeout', outputs: { parameters: {}, artifacts: {} } });
    expect(context?.node.attempt).toBe(2);
    expect(context?.signal.aborted).toBe(true);
  });

  it('artifacts: inputs arrive in the context as { path }, outputs are a path to copy or the file\'s text', async () => {
    const store = freshStore();
    const t: Template = {
      name: 'arts',
      container: { image: 'alpine', command: ['true'] },
      inputs: { artifacts: [{ name: 'src', path: '/src', raw: { data: 'raw input' } }] },
      outputs: { artifacts: [{ name: 'copy', path: '/tmp/c' }, { name: 'text', path: '/tmp/t' }] },
    };
    const r = await createLeafRunner({
      store,
      implementations: { arts: (_i: unknown, c: ImplementationContext) => ({ copy: c.artifacts['src'], text: 'written' }) },
    })(leafRequest(t));
    expect(r.phase).toBe('Succeeded');
    expect(readFileSync(r.outputs.artifacts['copy']!.path, 'utf8')).toBe('raw input');
    expect(readFileSync(r.outputs.artifacts['text']!.path, 'utf8')).toBe('written');
  });

  it('the codecs cover every template a workflow reaches, and result codecs', () => {
    const s = script({ name: 'count', image: 'node', command: ['node'], result: param.int(), source: 'console.log(3)' });
    const codecs = templateCodecs([s.node, double.node]);
    expect([...codecs.keys()].sort()).toEqual(['count', 'double']);
    expect(codecs.get('count')?.result?.name).toBe('int');
    expect(Object.keys(codecs.get('double')?.inputs ?? {})).toEqual(['n', 'tags']);
  });
});
