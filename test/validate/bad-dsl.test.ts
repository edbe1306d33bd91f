import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { container, dag, param, script, steps, workflow } from '../../src/index.js';
import type { Workflow } from '../../src/index.js';
import { renderWorkflow } from '../../src/interp/manifest/manifest-interpreter.js';
import type { Expected } from './bad-case.js';
import { expectProblems } from './bad-case.js';

/** The manifest the DSL builds; the validator then checks what the types cannot. */
const manifest = (wf: Workflow<unknown, unknown>): unknown => {
  const m = renderWorkflow(wf);
  if (E.isLeft(m)) throw new Error(`the DSL could not render the workflow: ${m.left.map((p) => p.message).join('; ')}`);
  return m.right;
};

const echo = container({
  name: 'echo',
  image: 'busybox',
  inputs: { message: param.string() },
  command: (i) => ['echo', i.message],
});

const cases: ReadonlyArray<readonly [string, () => Workflow<unknown, unknown>, ReadonlyArray<Expected>]> = [
  [
    'a name Kubernetes refuses',
    () => workflow({ name: 'Nightly_Build', entrypoint: container({ name: 'main', image: 'busybox' }) }),
    [['metadata-name', 'metadata.name', 'metadata.name "Nightly_Build" is not a valid Kubernetes name']],
  ],
  [
    'an empty image',
    () => workflow({ generateName: 'x-', entrypoint: container({ name: 'main', image: '' }) }),
    [['image', 'spec.templates[0].container.image', 'templates.main.container.image may not be empty']],
  ],
  [
    'a template name with an underscore',
    () => workflow({ generateName: 'x-', entrypoint: container({ name: 'say_hi', image: 'busybox' }) }),
    [['template-name', 'spec.templates[0].name', "template name 'say_hi' is invalid"]],
  ],
  [
    'a digit-led task name in a DAG with dependencies',
    () =>
      workflow({
        generateName: 'x-',
        entrypoint: dag('main', (d) => {
          const a = d.task('1st', echo, { message: 'a' });
          d.task('second', echo, { message: 'b' }, { after: [a] });
        }),
      }),
    [
      [
        'dag-task-digit',
        'spec.templates[0].dag.tasks[0].name',
        'templates.main.tasks.1st name cannot begin with a digit',
      ],
    ],
  ],
  [
    'a timeout without unit given through patch',
    () =>
      workflow({
        generateName: 'x-',
        entrypoint: script({ name: 'main', image: 'python', source: 'print(1)', patch: { timeout: '30' } }),
      }),
    [['timeout', 'spec.templates[0].timeout', "main has invalid duration format in timeout: '30' has no unit"]],
  ],
  [
    'an unknown podGC strategy given through the workflow patch',
    () =>
      workflow({
        generateName: 'x-',
        entrypoint: steps('main', (s) => {
          s.step('hello', echo, { message: 'hi' });
        }),
        patch: { podGC: { strategy: 'WhenDone' } },
      }),
    [['pod-gc', 'spec.podGC.strategy', "podGC.strategy unknown strategy 'WhenDone'"]],
  ],
];

describe('DSL workflows the types accept but Argo would refuse', () => {
  for (const [name, build, expected] of cases) it(name, () => expectProblems(manifest(build()), expected));

  it('builds the valid variant of each clean', () => {
    expect(
      manifest(workflow({ name: 'nightly-build', entrypoint: container({ name: 'main', image: 'busybox' }) })),
    ).toMatchObject({ metadata: { name: 'nightly-build' } });
    expectProblems(
      manifest(workflow({ name: 'nightly-build', entrypoint: container({ name: 'main', image: 'busybox' }) })),
      [],
    );
  });
});
