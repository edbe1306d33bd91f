// Answers from a server are read with the generated model, tolerant of what the model does not know;
// what we write or send stays strict.
import * as E from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { describe, expect, it } from 'vitest';
import { WorkflowCodec } from '../../src/argo-model/generated/index.js';
import { WorkflowListResponse, WorkflowResponse } from '../../src/interp/submit/response-codecs.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { clientFor, diamond, useFixture } from './submit-test-kit.js';

/** A workflow as a newer Argo Server sends it: fields this model does not know, at several depths. */
const fromNewerServer = (): Record<string, unknown> => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'w', namespace: 'argo', futureMeta: 'x' },
  spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'busybox' } }], futureSpec: { on: true } },
  status: {
    phase: 'Running',
    futureStatus: 3,
    nodes: { w: { id: 'w', name: 'w', type: 'Pod', futureNode: ['a'] } },
  },
});

/** A field the model's type does not name, read off a decoded value. */
const extra = (o: object | undefined, key: string): unknown =>
  o === undefined ? undefined : Object.getOwnPropertyDescriptor(o, key)?.value;

const errors = (r: E.Either<unknown, unknown>): string => (E.isLeft(r) ? PathReporter.report(r as never).join('\n') : '');

describe('response codecs', () => {
  it('keep fields the model does not know, at every depth, where the strict codec refuses them', () => {
    const sent = fromNewerServer();
    expect(WorkflowResponse.decode(sent)).toEqual(E.right(sent));
    const strict = errors(WorkflowCodec.decode(sent));
    for (const f of ['futureMeta', 'futureSpec', 'futureStatus', 'futureNode']) expect(strict).toContain(f);
  });

  it('still check the fields the model knows', () => {
    const sent = fromNewerServer();
    const r = WorkflowResponse.decode({ ...sent, status: { ...(sent['status'] as object), phase: 3 } });
    expect(errors(r)).toBe('expected a string, got the integer 3');
    const { metadata: _m, spec: _s, ...headless } = sent;
    expect(errors(WorkflowResponse.decode(headless))).toMatch(/needs metadata[\s\S]*needs spec/);
  });

  it('fill in apiVersion and kind, which Kubernetes typed clients leave out, and read a null list as empty', () => {
    const { apiVersion: _a, kind: _k, ...item } = fromNewerServer();
    const list = WorkflowListResponse.decode({ metadata: {}, items: [item] });
    expect(E.isRight(list) && list.right.items.map((w) => [w.apiVersion, w.kind, w.metadata.name])).toEqual([
      ['argoproj.io/v1alpha1', 'Workflow', 'w'],
    ]);
    expect(WorkflowListResponse.decode({ metadata: {}, items: null })).toEqual(E.right({ metadata: {}, items: [] }));
    expect(errors(WorkflowCodec.decode(item))).toMatch(/needs apiVersion[\s\S]*needs kind/);
  });
});

describe('the client reading a newer server', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f));

  it('gets and lists a workflow with unknown fields and no TypeMeta, keeping every field', async () => {
    const c = clientFor(fx);
    const created = await c.create(diamond());
    const name = created.metadata.name ?? '';
    const stored = fx.store.workflows.get(`argo/${name}`);
    if (stored === undefined) throw new Error(`no stored workflow argo/${name}`);
    // What a newer server adds, and what a typed Kubernetes client strips.
    stored.spec = { ...stored.spec, futureSpec: { k: 1 } };
    const { apiVersion: _a, kind: _k, ...bare } = stored;
    fx.store.workflows.set(`argo/${name}`, bare as typeof stored);
    const got = await c.get(name);
    expect(extra(got.spec, 'futureSpec')).toEqual({ k: 1 });
    expect([got.apiVersion, got.kind]).toEqual(['argoproj.io/v1alpha1', 'Workflow']);
    const listed = await c.list();
    expect(listed.items.map((w) => extra(w.spec, 'futureSpec'))).toEqual([{ k: 1 }]);
  });
});
