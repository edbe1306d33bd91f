// A dag task records what it waits on when it is built; interpreters read that, never the `{{...}}` text.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  dag,
  expr,
  matchTemplate,
  renderWorkflow,
  workflow,
  type DagNode,
  type Template,
  type TemplateNode,
} from '../src/index.js';
import { makeTemplate } from '../src/core/template.js';
import { double, echo, randomInt } from './support/templates.js';

const notADag = (n: TemplateNode): never => {
  throw new Error(`expected a dag, got ${n.kind}`);
};

const dagNode = (t: Template<unknown, unknown>): DagNode =>
  matchTemplate<DagNode>(t.node, {
    Dag: (n) => n,
    Container: notADag,
    Script: notADag,
    Steps: notADag,
    Suspend: notADag,
    Resource: notADag,
    Http: notADag,
    ContainerSet: notADag,
    Data: notADag,
    Plugin: notADag,
    Stub: notADag,
  });

const dependsOf = (node: TemplateNode): ReadonlyArray<readonly [string, string | undefined]> => {
  const r = renderWorkflow(workflow({ generateName: 'x-', entrypoint: makeTemplate(node) }));
  if (E.isLeft(r)) throw new Error(r.left.map((p) => p.message).join('; '));
  return (r.right.spec.templates[0]?.dag?.tasks ?? []).map((t) => [t.name, t.depends] as const);
};

describe('dag task dependencies', () => {
  it('are recorded when the dag is built: after first, then argument refs (typed, text, expr), then when', () => {
    const d = dag('d', (b) => {
      const a = b.task('a', randomInt, {});
      const c = b.task('c', randomInt, {});
      const e = b.task('e', randomInt, {});
      b.task('x', double, { n: a.out.result }, { after: [c, a, c], when: `${e.out.result} > 3` });
      b.task('y', echo, { message: 'from {{tasks.c.outputs.result}} and {{=tasks.e.outputs.result + 1}}' });
      b.task('z', echo, { message: expr<string>('tasks.a.outputs.result') });
      b.task('self', echo, { message: '{{tasks.self.outputs.result}}' });
      b.task('plain', echo, { message: 'plain' });
    });
    const node = dagNode(d);
    const deps = Object.fromEntries(
      node.tasks.map((t) => [t.name, t.dependencies.map((k) => [k.name, k.via, k.scope === node.scope] as const)]),
    );
    expect(deps).toEqual({
      a: [],
      c: [],
      e: [],
      x: [
        ['c', 'after', true],
        ['a', 'after', true],
        ['e', 'when', true],
      ],
      y: [
        ['c', 'arguments', true],
        ['e', 'arguments', true],
      ],
      z: [['a', 'arguments', true]],
      self: [],
      plain: [],
    });
    expect(node.tasks.every((t) => Object.isFrozen(t.dependencies))).toBe(true);
  });

  it('keep the scope of a handle or ref of another dag, so interpreters can tell it is foreign', () => {
    let leaked: { readonly out: { readonly result: unknown } } | undefined;
    const first = dag('first', (b) => {
      leaked = b.task('r', randomInt, {});
    });
    const second = dagNode(
      dag('second', (b) => {
        b.task('a', double, { n: leaked!.out.result as never });
      }),
    );
    const [dep] = second.tasks[0]!.dependencies;
    expect(dep).toEqual({ name: 'r', scope: dagNode(first).scope, via: 'arguments' });
  });

  it('are what the manifest interpreter renders as depends, without reading the text again', () => {
    const node = dagNode(
      dag('d', (b) => {
        const a = b.task('a', randomInt, {});
        b.task('b', echo, { message: 'b' }, { when: `${a.out.result} > 3` });
        b.task('c', echo, { message: `${a.out.result}` });
      }),
    );
    expect(dependsOf(node)).toEqual([
      ['a', undefined],
      ['b', 'a'],
      ['c', 'a'],
    ]);
    // The same node with the recorded dependencies taken away: the refs in `when` and the argument stay.
    const forgotten: DagNode = { ...node, tasks: node.tasks.map((t) => ({ ...t, dependencies: [] })) };
    expect(dependsOf(forgotten)).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', undefined],
    ]);
  });
});
