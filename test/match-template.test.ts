// Runtime side of exhaustive dispatch: the handler of the node's kind runs, with the node itself.
import { describe, expect, it } from 'vitest';
import {
  collectTemplates,
  dag,
  matchKind,
  matchTemplate,
  seq,
  step,
  steps,
  workflow,
  type RefSource,
  type TemplateMatch,
} from '../src/index.js';
import { double, echo, randomInt } from './support/templates.js';

const kinds: TemplateMatch<string> = {
  Container: (n) => `container ${n.name} ${n.image}`,
  Script: (n) => `script ${n.name} ${n.image}`,
  Dag: (n) => `dag ${n.name} ${n.tasks.length}`,
  Steps: (n) => `steps ${n.name} ${n.groups.length}`,
  Suspend: (n) => `suspend ${n.name}`,
  Resource: (n) => `resource ${n.name} ${n.resource.action}`,
  Http: (n) => `http ${n.name} ${n.http.url}`,
  ContainerSet: (n) => `containerSet ${n.name} ${n.containers.length}`,
  Data: (n) => `data ${n.name}`,
  Plugin: (n) => `plugin ${n.name}`,
  Stub: (n) => `stub ${n.name}`,
};

describe('matchTemplate', () => {
  const inner = steps('inner', seq(step('one', echo, { message: 'one' })));
  const outer = dag('outer', (d) => {
    d.task('r', randomInt, {});
    d.task('x', double, { n: 2 });
    d.task('i', inner, {});
  });
  const templates = collectTemplates(workflow({ generateName: 'm-', entrypoint: outer }).node).templates;

  it('runs the handler of each kind, data-first and data-last', () => {
    const expected = ['dag outer 3', 'script gen-random-int python:alpine3.6', 'container double busybox', 'steps inner 1', 'container echo busybox'];
    expect(templates.map((t) => matchTemplate(t, kinds))).toEqual(expected);
    expect(templates.map(matchTemplate(kinds))).toEqual(expected);
  });

  it('gives each handler the node itself', () => {
    const same = (n: object) => n;
    const identity = matchTemplate<object>({
      Container: same,
      Script: same,
      Dag: same,
      Steps: same,
      Suspend: same,
      Resource: same,
      Http: same,
      ContainerSet: same,
      Data: same,
      Plugin: same,
      Stub: same,
    });
    for (const t of templates) expect(identity(t)).toBe(t);
  });
});

describe('matchKind', () => {
  it('dispatches any kind-tagged union, here ref sources', () => {
    const scope = dag('s', () => undefined).node.scope;
    const sources: ReadonlyArray<RefSource> = [
      { kind: 'input', scope, name: 'n' },
      { kind: 'output', scope, owner: 'tasks', node: 'a', output: 'result' },
      { kind: 'own-output', scope, name: 'report' },
      { kind: 'expression', reads: [], names: [] },
    ];
    const describeRef = (r: RefSource) =>
      matchKind(r, {
        input: (i) => `input ${i.name}`,
        output: (o) => `${o.owner}.${o.node}`,
        'own-output': (o) => `outputs.artifacts.${o.name}`,
        expression: () => 'expression',
      });
    expect(sources.map(describeRef)).toEqual(['input n', 'tasks.a', 'outputs.artifacts.report', 'expression']);
  });
});
