// The Mermaid interpreter of test/support/graph-interpreter.ts, written against the public API alone.
import { describe, expect, it } from 'vitest';
import { containerSet, dag, par, seq, step, steps, suspend, workflow } from '../src/index.js';
import { toMermaid } from './support/graph-interpreter.js';
import { double, echo, randomInt } from './support/templates.js';

describe('an interpreter from outside the core', () => {
  it('draws nested templates: a dag calling a steps template calling containers, with every dependency', () => {
    const prepare = steps(
      'prepare',
      seq(step('a', echo, { message: 'a' }), par(step('b', echo, { message: 'b' }), step('c', double, { n: 2 }))),
    );
    const pipeline = dag('pipeline', (d) => {
      const gen = d.task('gen', randomInt, {});
      const prep = d.task('prep', prepare, {});
      const x = d.task('x', double, { n: gen.out.result }, { after: [prep] });
      d.task('big', echo, { message: 'big' }, { when: `${x.out.doubled} > 50` });
      d.task('say', echo, { message: 'got {{tasks.gen.outputs.result}}' });
    });
    expect(toMermaid(workflow({ generateName: 'pipeline-', entrypoint: pipeline }))).toBe(
      [
        'flowchart TD',
        '  subgraph pipeline["dag pipeline"]',
        '    pipeline_gen["gen"]',
        '    pipeline_prep["prep"]',
        '    pipeline_x["x"]',
        '    pipeline_big["big if {{tasks.x.outputs.parameters.doubled}} > 50"]',
        '    pipeline_say["say"]',
        '  end',
        '  gen-random-int[/"script python:alpine3.6"/]',
        '  subgraph prepare["steps prepare"]',
        '    prepare_a["a"]',
        '    prepare_b["b"]',
        '    prepare_c["c"]',
        '  end',
        '  echo[/"container busybox"/]',
        '  double[/"container busybox"/]',
        '  pipeline_prep -->|after| pipeline_x',
        '  pipeline_gen -->|arguments| pipeline_x',
        '  pipeline_x -->|when| pipeline_big',
        '  pipeline_gen -->|arguments| pipeline_say',
        '  pipeline_gen -.-> gen-random-int',
        '  pipeline_prep -.-> prepare',
        '  pipeline_x -.-> double',
        '  pipeline_big -.-> echo',
        '  pipeline_say -.-> echo',
        '  prepare_a --> prepare_b',
        '  prepare_a --> prepare_c',
        '  prepare_a -.-> echo',
        '  prepare_b -.-> echo',
        '  prepare_c -.-> double',
      ].join('\n'),
    );
  });

  it('draws the new kinds: a container set with its dependencies, a suspend', () => {
    const build = containerSet({
      name: 'build',
      containers: (c) => {
        const a = c.container('a', { image: 'git' });
        c.container('b', { image: 'go', dependencies: [a] });
      },
    });
    const main = steps('main', (s) => {
      s.step('approve', suspend({ name: 'approve' }), {});
      s.step('build', build, {});
    });
    expect(toMermaid(workflow({ generateName: 'k-', entrypoint: main }))).toBe(
      [
        'flowchart TD',
        '  subgraph main["steps main"]',
        '    main_approve["approve"]',
        '    main_build["build"]',
        '  end',
        '  approve[/"suspend"/]',
        '  subgraph build["containerSet build"]',
        '    build_a["a git"]',
        '    build_b["b go"]',
        '  end',
        '  main_approve --> main_build',
        '  main_approve -.-> approve',
        '  main_build -.-> build',
        '  build_a --> build_b',
      ].join('\n'),
    );
  });
});
