// After a run: where each output artifact of the entrypoint was stored, and its content.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Artifact as ArgoArtifact } from '../../src/argo-model/generated/index.js';
import { artifact, container, dag, param, workflow, type Artifact } from '../../src/index.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { clientFor, useFixture, WAIT_MS } from './submit-test-kit.js';

const gen = container({
  name: 'gen',
  image: 'alpine',
  command: (_i, o) => ['sh', '-c', `echo hi > ${o.report.path}`],
  outputs: { report: artifact({ path: '/tmp/report.txt' }), lines: param.int({ path: '/tmp/n' }) },
});

describe('run.artifacts and client.downloadArtifact', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f), { outputs: () => ({ lines: '1' }) });

  it('lists the stored location of each output artifact, typed by the declared outputs', async () => {
    const c = clientFor(fx);
    const done = await (await c.submit(workflow({ generateName: 'gen-', entrypoint: gen }))).wait({ timeoutMs: WAIT_MS });
    expectTypeOf(done.artifacts).toEqualTypeOf<{ readonly report: ArgoArtifact }>();
    expectTypeOf(done.outputs.report).toEqualTypeOf<Artifact>();
    const name = done.workflow.metadata.name ?? '';
    expect(done.artifacts).toEqual({ report: { name: 'report', s3: { key: `${name}/report.tgz` } } });
    expect(done.outputs.lines).toBe(1);
    // The output value is a location another workflow can take as an argument.
    expect(done.outputs.report.fields).toEqual({ s3: { key: `${name}/report.tgz` } });
  });

  it('downloads an output artifact of the entrypoint by name', async () => {
    const c = clientFor(fx);
    const done = await (await c.submit(workflow({ generateName: 'gen-', entrypoint: gen }))).wait({ timeoutMs: WAIT_MS });
    const name = done.workflow.metadata.name ?? '';
    expect(new TextDecoder().decode(await c.downloadArtifact(done, 'report'))).toBe(`output artifact report of ${name} in ${name}\n`);
    // @ts-expect-error: 'lines' is a parameter, not an artifact
    void c.downloadArtifact(done, 'lines').catch(() => undefined);
  });

  it('reads a dag entrypoint\'s artifacts the same way', async () => {
    const main = dag('main', { outputs: { out: artifact() } }, (d) => {
      d.outputs({ out: d.task('g', gen, {}).out.report });
    });
    fx.store.options.outputs = () => ({});
    const done = await (await clientFor(fx).submit(workflow({ generateName: 'main-', entrypoint: main }))).wait({ timeoutMs: WAIT_MS });
    expect(Object.keys(done.artifacts)).toEqual(['out']);
  });
});
