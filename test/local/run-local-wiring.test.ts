// runLocal with the real LeafRunner: mocks, implementations (decoded inputs, encoded outputs) and the
// sentence for a leaf nothing can run, through the public entry point as the issue shows it.
import { describe, expect, it } from 'vitest';
import { container, dag, param, runLocal, workflow } from '../../src/index.js';
import { double } from '../support/templates.js';
const deploy = container({ name: 'deploy', image: 'busybox', command: ['deploy'] });

const pipeline = dag('pipeline', { inputs: { n: param.number() }, outputs: { total: param.number() } }, (d, i) => {
  const x = d.task('x', double, { n: i.n });
  d.task('deploy', deploy, {}, { after: [x] });
  d.outputs({ total: x.out.doubled });
});
const wf = workflow({ generateName: 'pipeline-', entrypoint: pipeline });

describe('runLocal', () => {
  it('runs implementations with decoded inputs and mocks by template, and decodes the outputs', async () => {
    const run = await runLocal(wf, {
      params: { n: 3 },
      implementations: { double: ({ n }: { readonly n: number }) => ({ doubled: n * 2 }) },
      mocks: { deploy: { result: 'deployed' } },
    });
    expect(run.phase).toBe('Succeeded');
    expect(run.outputs.total).toBe(6);
    expect(run.nodes['pipeline-local.deploy']?.outputs?.result).toBe('deployed');
    expect(run.order()).toEqual(['x', 'deploy']);
  });

  it('a failed target fails the run, and a failed dag resolves no outputs (as Argo)', async () => {
    const run = await runLocal(wf, {
      params: { n: 3 },
      implementations: { double: ({ n }: { readonly n: number }) => ({ doubled: n * 2 }) },
      mocks: { deploy: { phase: 'Failed', message: 'quota' } },
    });
    expect(run.phase).toBe('Failed');
    expect(run.message).toBe('quota');
    expect(run.nodes['pipeline-local.x']?.outputs?.parameters).toEqual({ doubled: '6' });
    expect(run.outputs).toEqual({});
  });

  it('a leaf with no mock, implementation or host ends in Error naming the template and the ways to run it', async () => {
    const run = await runLocal(wf, { params: { n: 1 } });
    expect(run.phase).toBe('Error');
    expect(run.nodes['pipeline-local.x']?.phase).toBe('Error');
    expect(run.nodes['pipeline-local.x']?.message).toContain('Template "double" has no way to run locally');
    expect(run.ran('deploy')).toBe(false);
  });
});
