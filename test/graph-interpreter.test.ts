// The Mermaid interpreter of test/support/graph-interpreter.ts, written against the public API alone.
import { describe, expect, it } from 'vitest';
import { dag, par, seq, step, steps, workflow } from '../src/index.js';
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
});
