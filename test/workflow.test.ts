import { pipe } from 'fp-ts/lib/function.js';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  TiphysError,
  compileWorkflow,
  container,
  dag,
  param,
  renderWorkflow,
  script,
  toManifest,
  withRetry,
  workflow,
} from '../src/index.js';
import { double, echo, randomInt } from './support/templates.js';

describe('workflow', () => {
  it('collects every reachable template once, entrypoint first', () => {
    const inner = dag('inner', (d) => {
      d.task('e', echo, { message: 'x' });
    });
    const outer = dag('outer', (d) => {
      const a = d.task('a', inner, {});
      d.task('b', echo, { message: 'y' }, { after: [a] });
      d.task('c', double, { n: 1 });
    });
    const bye = container({ name: 'bye', image: 'busybox', command: ['echo', 'bye'] });
    const m = toManifest(workflow({ name: 'w', entrypoint: outer, onExit: bye }));
    expect(m.spec.templates.map((t) => t.name)).toEqual(['outer', 'inner', 'echo', 'double', 'bye']);
  });

  it('renders metadata, arguments, onExit and spec patches', () => {
    const bye = container({ name: 'bye', image: 'busybox', command: ['echo', 'bye'] });
    const m = toManifest(
      workflow({
        generateName: 'args-',
        labels: { team: 'a' },
        entrypoint: double,
        arguments: { n: 4 },
        onExit: bye,
        serviceAccountName: 'runner',
        patch: { parallelism: 2 },
      }),
    );
    expect(m.metadata).toEqual({ generateName: 'args-', labels: { team: 'a' } });
    expect(m.spec).toMatchObject({
      entrypoint: 'double',
      arguments: { parameters: [{ name: 'n', value: '4' }] },
      onExit: 'bye',
      serviceAccountName: 'runner',
      parallelism: 2,
    });
    expect(m.spec.templates.map((t) => t.name)).toEqual(['double', 'bye']);
  });

  it('merges template patches, a leaf body patch into its container or script', () => {
    const c = container({
      name: 'c',
      image: 'busybox',
      command: ['true'],
      patch: { timeout: '5m', container: { env: [{ name: 'A', value: '1' }], workingDir: '/w' } },
    });
    const s = script({ name: 's', image: 'python', source: 'print(1)', patch: { script: { workingDir: '/s' } } });
    const d = dag('d', { patch: { parallelism: 1 } }, (b) => {
      b.task('c', c, {});
      b.task('s', s, {});
    });
    const m = toManifest(workflow({ generateName: 'p-', entrypoint: d }));
    expect(m.spec.templates).toEqual([
      { name: 'd', dag: { tasks: [{ name: 'c', template: 'c' }, { name: 's', template: 's' }] }, parallelism: 1 },
      {
        name: 'c',
        container: { image: 'busybox', command: ['true'], env: [{ name: 'A', value: '1' }], workingDir: '/w' },
        timeout: '5m',
      },
      { name: 's', script: { image: 'python', source: 'print(1)', workingDir: '/s' } },
    ]);
  });

  it('two different templates with one name are an error naming both', () => {
    const other = container({ name: 'echo', image: 'alpine', inputs: { message: param.string() }, command: ['cat'] });
    const t = dag('clash', (d) => {
      d.task('a', echo, { message: 'x' });
      d.task('b', other, { message: 'y' });
    });
    const r = compileWorkflow(workflow({ generateName: 'c-', entrypoint: t }));
    expect(E.isLeft(r) && r.left).toEqual([
      {
        template: 'echo',
        message:
          "two different templates are named 'echo' (a container running busybox; a container running alpine); rename one of them",
      },
    ]);
  });

  it('identical templates built twice under one name are merged', () => {
    const make = () => container({ name: 'same', image: 'busybox', command: ['true'] });
    const t = dag('twice', (d) => {
      d.task('a', make(), {});
      d.task('b', make(), {});
    });
    expect(toManifest(workflow({ generateName: 't-', entrypoint: t })).spec.templates).toHaveLength(2);
  });

  it('toManifest throws one error listing every problem', () => {
    const t = dag('broken', (d) => {
      d.task('a', echo, { message: '{{tasks.ghost.outputs.result}}' });
      d.task('b', echo, { message: '{{inputs.parameters.missing}}' });
    });
    const wf = workflow({ entrypoint: t });
    expect(() => toManifest(wf)).toThrow(TiphysError);
    expect(() => toManifest(wf)).toThrow(
      [
        "workflow '(unnamed)' has 3 problems:",
        '  - metadata: the workflow needs `name` or `generateName`',
        "  - template 'broken' › task 'a' › arguments.parameters.message: refers to task 'ghost', which is not a task of 'broken' (dangling reference)",
        "  - template 'broken' › task 'b' › arguments.parameters.message: refers to input 'missing', which dag 'broken' does not declare",
      ].join('\n'),
    );
  });

  it('reports undeclared inputs used in a container and output params without a source', () => {
    const bad = container({
      name: 'bad',
      image: 'busybox',
      outputs: { x: param.string() },
      command: ['echo', '{{inputs.parameters.nope}}'],
    });
    const r = compileWorkflow(workflow({ generateName: 'b-', entrypoint: bad }));
    expect(E.isLeft(r) && r.left.map((p) => p.message)).toEqual([
      "refers to input 'nope', which it does not declare; add it to `inputs`",
      "output 'x' has no source: give it `path` (containers, scripts) or set it with `outputs({ x: ... })` (dags, steps)",
    ]);
  });

  it("reports refs a container or script holds that are not its own inputs", () => {
    const outer = dag('outer', { inputs: { n: param.number() } }, (d, i) => {
      const r = d.task('r', randomInt, {});
      d.task('c', container({ name: 'leak-input', image: 'busybox', command: ['echo', i.n] }), {});
      d.task('s', script({ name: 'leak-output', image: 'python', command: ['echo', r.out.result], source: '' }), {});
    });
    const r = renderWorkflow(workflow({ generateName: 'l-', entrypoint: outer }));
    expect(E.isLeft(r) && r.left).toEqual([
      // Reported once, through the typed ref; the scan of the rendered strings does not repeat it.
      { template: 'leak-input', message: "uses input 'n' of template 'outer'; a container or script can only use its own inputs" },
      { template: 'leak-output', message: "uses an output of task 'r' of 'outer'; a container or script can only use its own inputs" },
    ]);
  });

  it('reports workflow arguments the entrypoint does not take, and refs given as arguments', () => {
    let leaked: { readonly out: { readonly result: unknown } } | undefined;
    dag('first', (d) => {
      leaked = d.task('r', randomInt, {});
    });
    const wf = workflow({ generateName: 'a-', entrypoint: double, arguments: { n: leaked!.out.result, m: 2 } as never });
    const r = renderWorkflow(wf);
    expect(E.isLeft(r) && r.left).toEqual([
      { path: 'spec.arguments.parameters.n', message: 'workflow arguments must be literal values, not refs to tasks or inputs' },
      { path: 'spec.arguments.parameters.m', message: "entrypoint 'double' has no input 'm'; it takes: n" },
    ]);
  });

  it('withRetry sets retryStrategy data-first and data-last, numbers as strings', () => {
    const strategy = { limit: 10, retryPolicy: 'OnError', backoff: { duration: 1, factor: 2, maxDuration: '1m' } } as const;
    const a = withRetry(echo, strategy);
    const b = pipe(echo, withRetry(strategy));
    expect(a.node).toEqual(b.node);
    expect(echo.node.retryStrategy).toBeUndefined();
    const m = toManifest(workflow({ generateName: 'r-', entrypoint: a, arguments: { message: 'x' } }));
    expect(m.spec.templates[0]?.retryStrategy).toEqual({
      limit: '10',
      retryPolicy: 'OnError',
      backoff: { duration: '1', factor: '2', maxDuration: '1m' },
    });
  });

  it('script sources can interpolate input refs, and result is readable as a typed ref', () => {
    const sq = script({
      name: 'square',
      image: 'python',
      command: ['python'],
      inputs: { n: param.int() },
      source: (i) => `print(${i.n} ** 2)`,
      result: param.int(),
    });
    const t = dag('use', (d) => {
      const s = d.task('s', sq, { n: 3 });
      d.task('p', echo, { message: `${s.out.result}` });
    });
    const m = toManifest(workflow({ generateName: 'u-', entrypoint: t }));
    expect(m.spec.templates[1]).toEqual({
      name: 'square',
      inputs: { parameters: [{ name: 'n' }] },
      script: { image: 'python', command: ['python'], source: 'print({{inputs.parameters.n}} ** 2)' },
    });
  });
});
