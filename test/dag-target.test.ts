// `d.target(...)`, Argo's `dag.target`: the YAML of each form (handles, names, a global), the checks, and
// the local runner running only the targets and what they depend on.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compileWorkflow, dag, globals, param, runLocal, toManifest, workflow, type Template } from '../src/index.js';
import { echo } from './support/templates.js';
import dagTargets from '../examples/upstream/dag-targets.js';

const g = globals({ target: param.string({ default: 'E' }) });

const dagOf = (t: Template<unknown, unknown>, withGlobals = false) => {
  const m = toManifest(workflow({ generateName: 'x-', entrypoint: t, ...(withGlobals && { arguments: g }) }));
  return m.spec.templates.find((x) => x.name === t.node.name)?.dag;
};

describe('d.target', () => {
  it('renders task handles and names as Argo’s space-separated list, before the tasks', () => {
    const t = dag('pick', (d) => {
      const A = d.task('A', echo, { message: 'A' });
      d.task('B', echo, { message: 'B' }, { after: [A] });
      const C = d.task('C', echo, { message: 'C' }, { after: [A] });
      d.target([C, 'B']);
    });
    const rendered = dagOf(t);
    expect(rendered?.target).toBe('C B');
    expect(Object.keys(rendered ?? {})).toEqual(['target', 'tasks']);
  });

  it('takes a global, rendered as the text Argo fills in, and records that the dag reads it', () => {
    const t = dag('by-global', (d) => {
      d.task('A', echo, { message: 'A' });
      d.target(g.target);
    });
    expect(dagOf(t, true)?.target).toBe('{{workflow.parameters.target}}');
    const undeclared = compileWorkflow(workflow({ generateName: 'x-', entrypoint: t }));
    expect(E.isLeft(undeclared) && undeclared.left.map((p) => p.message)).toEqual([expect.stringContaining("uses global parameter 'target'")]);
  });

  it('reports a name that is no task of the dag, naming the template and field', () => {
    const t = dag('typo', (d) => {
      d.task('A', echo, { message: 'A' });
      d.target(['A', 'F']);
    });
    const r = compileWorkflow(workflow({ generateName: 'x-', entrypoint: t }));
    expect(E.isLeft(r) && r.left).toEqual([
      expect.objectContaining({ message: expect.stringContaining("templates.typo.targets: target 'F' is not defined; name tasks of this dag, separated by spaces") }),
    ]);
  });

  it('refuses a task of another dag, and a second target, with a sentence', () => {
    expect(() =>
      dag('outer', (d) => {
        const A = d.task('A', echo, { message: 'A' });
        dag('inner', (d2) => {
          d2.task('own', echo, { message: 'own' });
          (d2.target as (t: unknown) => void)([A]);
        });
      }),
    ).toThrow("dag 'inner': target names task 'A' of dag 'outer'; a dag can only target its own tasks");
    expect(() =>
      dag('twice', (d) => {
        const A = d.task('A', echo, { message: 'A' });
        d.target([A]);
        d.target('A');
      }),
    ).toThrow("dag 'twice': target is set twice; give every target in one call");
  });
});

describe('d.target, run locally (the port of upstream dag-targets.yaml)', () => {
  const mocks = { echo: { result: 'ok' } };

  it('runs only the target and the tasks it depends on (E: A, C, E)', async () => {
    const run = await runLocal(dagTargets, { mocks });
    expect(run.phase).toBe('Succeeded');
    expect(run.order()).toEqual(['A', 'C', 'E']);
    expect(run.ran('B')).toBe(false);
  });

  it('reads the target from the global given at submit time ("B E": A, B, C, E)', async () => {
    const run = await runLocal(dagTargets, { mocks, params: { target: 'B E' } });
    expect([...run.order()].sort()).toEqual(['A', 'B', 'C', 'E']);
    expect(run.ran('D')).toBe(false);
  });
});
