// One encoder from a parameter value to Argo's string form, for builders and for submission alike.
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { container, dag, param, renderWorkflow, workflow } from '../../src/index.js';
import { encodeParam, paramText } from '../../src/core/param-encoding.js';
import { intCodec, jsonCodec, numberCodec } from '../../src/core/param-codecs.js';
import { withParams } from '../../src/interp/typed-io/typed-params.js';
import { inputCodecsOf, withArguments } from '../../src/interp/typed-io/workflow-submittable.js';
import type { ArgoManifest } from '../../src/interp/typed-io/argo-manifest.js';
import { messages } from '../support/templates.js';

const Point = t.type({ x: t.number });

describe('encodeParam', () => {
  it('encodes what the codec accepts, and passes strings already in Argo form or holding a tag', () => {
    expect(encodeParam(3, intCodec)).toEqual(E.right('3'));
    expect(encodeParam({ x: 1 }, jsonCodec(Point))).toEqual(E.right('{"x":1}'));
    expect(encodeParam('2.5', numberCodec)).toEqual(E.right('2.5'));
    expect(encodeParam('{{workflow.parameters.n}}', intCodec)).toEqual(E.right('{{workflow.parameters.n}}'));
    expect(encodeParam('anything', undefined)).toEqual(E.right('anything'));
  });

  it('refuses, never guesses', () => {
    expect(encodeParam(1.5, intCodec)).toEqual(E.left('expects an integer, got "1.5"'));
    expect(encodeParam('many', numberCodec)).toEqual(E.left('expects a number, got "many"'));
    expect(encodeParam(7, undefined)).toEqual(E.left('has no codec; pass the value as a string'));
  });

  it('sends text typed as Argo text (-p) exactly as typed once the codec reads it', () => {
    expect(encodeParam(paramText('12345678901234567890'), numberCodec)).toEqual(E.right('12345678901234567890'));
    // A JSON string parameter: the typed '"a"' is already its JSON form, not a string to quote again.
    expect(encodeParam(paramText('"a"'), jsonCodec(t.string))).toEqual(E.right('"a"'));
    expect(encodeParam(paramText('many'), numberCodec)).toEqual(E.left('expects a number, got "many"'));
  });
});

const count = container({
  name: 'count',
  image: 'busybox',
  inputs: { n: param.int(), at: param.json(Point) },
  command: (i) => ['echo', i.n, i.at],
});

describe('the same encoding everywhere', () => {
  const values = { n: 4, at: { x: 2 } };

  it('a call argument, a workflow argument and a submitted parameter read the same', () => {
    const wf = workflow({
      generateName: 'enc-',
      entrypoint: dag('main', { inputs: { n: param.int(), at: param.json(Point) } }, (d, i) => {
        d.task('direct', count, values);
        d.task('passed', count, { n: i.n, at: i.at });
      }),
    });
    const built = renderWorkflow(wf);
    const direct = E.isRight(built) ? built.right.spec.templates[0]?.dag?.tasks?.[0]?.arguments?.parameters : undefined;
    const submitted = withArguments(wf, values);
    const args = E.isRight(submitted) ? submitted.right.node.arguments.map((a) => ({ name: a.name, value: a.value })) : undefined;
    const manifest: ArgoManifest = { metadata: { generateName: 'enc-' }, spec: {} };
    const sent = withParams(manifest, values, inputCodecsOf(wf));
    const params = E.isRight(sent) ? (sent.right.spec as { arguments: { parameters: unknown } }).arguments.parameters : undefined;
    expect(direct).toEqual([
      { name: 'n', value: '4' },
      { name: 'at', value: '{"x":2}' },
    ]);
    expect(args).toEqual(direct);
    expect(params).toEqual(direct);
  });

  it('a value the codec refuses is a problem at the call, the default or the submission, not a guess', () => {
    const wf = workflow({
      generateName: 'enc-',
      entrypoint: dag('main', (d) => {
        d.task('half', count, { n: 1.5, at: { x: 0 } });
      }),
    });
    const built = renderWorkflow(wf);
    expect(E.isLeft(built) && built.left).toEqual([
      { template: 'main', task: 'half', path: 'arguments.parameters.n', message: `input 'n' of template 'count' expects an integer, got "1.5"` },
    ]);
    const bad = container({ name: 'bad', image: 'busybox', inputs: { n: param.int({ default: 0.5 }) }, command: ['true'] });
    const withDefault = renderWorkflow(workflow({ generateName: 'enc-', entrypoint: bad }));
    expect(E.isLeft(withDefault) && messages(withDefault.left)).toEqual([`input 'n': default expects an integer, got "0.5"`]);
    const wfArgs = renderWorkflow(workflow({ generateName: 'enc-', entrypoint: count, arguments: { n: 1.5, at: { x: 0 } } }));
    expect(E.isLeft(wfArgs) && wfArgs.left).toEqual([{ path: 'spec.arguments.parameters.n', message: `input 'n' of template 'count' expects an integer, got "1.5"` }]);
    const sent = withParams({ metadata: {}, spec: {} }, { n: 1.5 }, inputCodecsOf(workflow({ generateName: 'enc-', entrypoint: count })));
    expect(E.isLeft(sent) && sent.left).toEqual({ _tag: 'ParamFailure', parameter: 'n', message: 'Parameter "n" expects an integer, got "1.5".' });
  });
});
