// After a run: where each output artifact of the entrypoint was stored, and its content.
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { Artifact as ArgoArtifact } from '../../src/argo-model/generated/index.js';
import { artifact, container, dag, param, workflow, type Artifact } from '../../src/index.js';
import { SubmitFailure } from '../../src/interp/submit/submit-error.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { clientFor, useFixture, WAIT_MS } from './submit-test-kit.js';

const gen = container({
  name: 'gen',
  image: 'alpine',
  command: (_i, o) => ['sh', '-c', `echo hi > ${o.report.path}`],
  outputs: { report: artifact({ path: '/tmp/report.txt' }), lines: param.int({ path: '/tmp/n' }) },
});

/** The whole content of a stream, as text. */
const text = async (s: ReadableStream<Uint8Array>): Promise<string> => {
  let out = '';
  for await (const c of s) out += new TextDecoder().decode(c, { stream: true });
  return out;
};

/** A promise the test resolves when it chooses. */
const gate = () => {
  let open!: () => void;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
};

/**
 * Artifact content for the fixture: strings are sent, promises waited for, an error breaks the
 * connection off; `onClose` is told when the client goes away before the end.
 */
const chunks = (parts: ReadonlyArray<string | Promise<void> | Error>, onClose?: () => void): AsyncIterable<string> => ({
  [Symbol.asyncIterator]: () => {
    let i = 0;
    return {
      next: async (): Promise<IteratorResult<string>> => {
        for (let p = parts[i++]; p !== undefined; p = parts[i++]) {
          if (p instanceof Error) throw p;
          if (typeof p === 'string') return { value: p, done: false };
          await p;
        }
        return { value: undefined, done: true };
      },
      return: async (): Promise<IteratorResult<string>> => {
        onClose?.();
        return { value: undefined, done: true };
      },
    };
  },
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

  const finished = async () => {
    const c = clientFor(fx);
    return { c, done: await (await c.submit(workflow({ generateName: 'gen-', entrypoint: gen }))).wait({ timeoutMs: WAIT_MS }) };
  };

  it('downloads an output artifact of the entrypoint by name, as a stream', async () => {
    const { c, done } = await finished();
    const name = done.workflow.metadata.name ?? '';
    expect(await text(await c.downloadArtifact(done, 'report'))).toBe(`output artifact report of ${name} in ${name}\n`);
    expect(fx.requests.at(-1)?.path).toBe(`/artifacts/argo/${name}/${name}/report`);
    // @ts-expect-error: 'lines' is a parameter, not an artifact
    void c.downloadArtifact(done, 'lines').catch(() => undefined);
  });

  it('hands each chunk on as it arrives: the first is read while the server still holds the rest back', async () => {
    const rest = gate();
    fx.store.options.artifact = () => chunks(['first ', rest.wait, 'second']);
    const { c, done } = await finished();
    const reader = (await c.downloadArtifact(done, 'report')).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first ');
    rest.open();
    let tail = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) tail += new TextDecoder().decode(r.value);
    expect(tail).toBe('second');
  });

  it('rejects when the run stored no such artifact, naming the request', async () => {
    fx.store.options.artifact = () => undefined;
    const { c, done } = await finished();
    const e = await c.downloadArtifact(done, 'report').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SubmitFailure);
    expect((e as SubmitFailure).status).toBe(404);
    expect((e as Error).message).toMatch(/^GET \/artifacts\/argo\/gen-\w+\/gen-\w+\/report failed with HTTP 404.*artifact report not found/);
  });

  it('errors the stream with a SubmitFailure naming the artifact when the connection breaks off mid-body', async () => {
    const read = gate();
    fx.store.options.artifact = () => chunks(['part ', read.wait, new Error('reset')]);
    const { c, done } = await finished();
    const name = done.workflow.metadata.name ?? '';
    const reader = (await c.downloadArtifact(done, 'report')).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('part ');
    read.open();
    const e = await reader.read().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SubmitFailure);
    expect((e as SubmitFailure).error).toMatchObject({ _tag: 'NetworkFailure', path: `/artifacts/argo/${name}/${name}/report` });
    expect((e as Error).message).toContain("the artifact's content broke off");
  });

  it('stops the download when the stream is cancelled or the signal fires', async () => {
    const never = gate();
    let closed = 0;
    fx.store.options.artifact = () => chunks(['first ', never.wait], () => void closed++);
    const { c, done } = await finished();
    const reader = (await c.downloadArtifact(done, 'report')).getReader();
    await reader.read();
    await reader.cancel();
    const stop = new AbortController();
    const other = (await c.downloadArtifact(done, 'report', { signal: stop.signal })).getReader();
    await other.read();
    stop.abort();
    const e = await other.read().catch((x: unknown) => x);
    expect((e as SubmitFailure).error).toMatchObject({ _tag: 'Cancelled' });
    await vi.waitFor(() => expect(closed).toBe(2));
    never.open();
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
