import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compileWorkflow, container, dag, param, steps, workflow, type Problem, type Workflow } from '../src/index.js';
import { double, echo } from './support/templates.js';

/** What plain JavaScript (or a `tiphys build --no-typecheck`) may pass where the checker would refuse it. */
const untyped = <T>(v: unknown): T => v as T;

const problemsOf = (wf: Workflow<unknown, unknown>): ReadonlyArray<Problem> => {
  const r = compileWorkflow(wf);
  return E.isLeft(r) ? r.left : [];
};

const kinds = container({
  name: 'kinds',
  image: 'busybox',
  inputs: { i: param.int(), b: param.boolean(), e: param.enum('red', 'green'), j: param.number({ default: 1 }) },
  command: ['true'],
});

describe('a literal argument is checked against the input codec', () => {
  it("'five' for a number input of a dag task names template, task, input and value", () => {
    const main = dag('main', (d) => {
      d.task('x', double, untyped({ n: 'five' }));
    });
    expect(problemsOf(workflow({ generateName: 'w-', entrypoint: main }))).toEqual([
      {
        template: 'main',
        task: 'x',
        path: 'arguments.parameters.n',
        message: `input 'n' of template 'double' expects a number, got "five"`,
      },
    ]);
  });

  it('every codec: int, boolean, enum, and a step', () => {
    const main = steps('main', (s) => {
      s.step('k', kinds, untyped({ i: 2.5, b: 'yes', e: 'blue', j: 'x' }));
    });
    expect(problemsOf(workflow({ generateName: 'w-', entrypoint: main })).map((p) => [p.task, p.path, p.message])).toEqual([
      ['k', 'arguments.parameters.i', `input 'i' of template 'kinds' expects an integer, got "2.5"`],
      ['k', 'arguments.parameters.b', `input 'b' of template 'kinds' expects "true" or "false", got "yes"`],
      ['k', 'arguments.parameters.e', `input 'e' of template 'kinds' expects one of "red", "green", got "blue"`],
      ['k', 'arguments.parameters.j', `input 'j' of template 'kinds' expects a number, got "x"`],
    ]);
  });

  it('accepts what the codec decodes, and leaves values with {{...}} to Argo', () => {
    const main = dag('main', (d) => {
      d.task('a', double, untyped({ n: '5' }));
      d.task('b', double, { n: 2.5 });
      d.task('c', double, untyped({ n: '{{workflow.uid}}' }));
      d.task('d', kinds, untyped({ i: '3', b: 'true', e: 'red' }));
    });
    expect(problemsOf(workflow({ generateName: 'w-', entrypoint: main }))).toEqual([]);
  });

  it('workflow arguments too', () => {
    const wf = workflow({ generateName: 'w-', entrypoint: double, arguments: untyped<{ readonly n?: number }>({ n: 'five' }) });
    expect(problemsOf(wf)).toEqual([
      { path: 'spec.arguments.parameters.n', message: `input 'n' of template 'double' expects a number, got "five"` },
    ]);
  });
});

describe('a ref to an output that does not exist', () => {
  it('is reported as an undefined value, not as a missing input', () => {
    const main = dag('main', (d) => {
      const x = d.task('x', double, { n: 1 });
      d.task('y', echo, { message: untyped<{ dubled: string }>(x.out).dubled });
    });
    const problems = problemsOf(workflow({ generateName: 'w-', entrypoint: main }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ template: 'main', task: 'y', path: 'arguments.parameters.message' });
    expect(problems[0]?.message).toMatch(/^input 'message' of template 'echo' was given undefined/);
    expect(problems[0]?.message).toContain('misspelled');
  });

  it('an optional input given undefined takes its default', () => {
    const main = dag('main', (d) => {
      d.task('k', kinds, { i: 1, b: true, e: 'red', j: untyped<number>(undefined) });
    });
    expect(problemsOf(workflow({ generateName: 'w-', entrypoint: main }))).toEqual([]);
  });
});
