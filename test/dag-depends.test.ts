import { describe, expect, it } from 'vitest';
import { dag, toManifest, workflow } from '../src/index.js';
import { echo, randomInt } from './support/templates.js';

describe('dag depends', () => {
  it('names each task once, after-handles first in their order, then tasks read by arguments', () => {
    const d = dag('d', (b) => {
      const a = b.task('a', randomInt, {});
      const c = b.task('c', randomInt, {});
      b.task('x', echo, { message: `${a.out.result} ${c.out.result}` }, { after: [c, a, c] });
      b.task('y', echo, { message: `${a.out.result}` }, { after: [c] });
      b.task('z', echo, { message: 'z' });
    });
    const tasks = toManifest(workflow({ generateName: 'd-', entrypoint: d })).spec.templates[0]?.['dag'] as {
      tasks: ReadonlyArray<{ name: string; depends?: string }>;
    };
    expect(tasks.tasks.map((t) => [t.name, t.depends])).toEqual([
      ['a', undefined],
      ['c', undefined],
      ['x', 'c && a'],
      ['y', 'c && a'],
      ['z', undefined],
    ]);
  });
});
