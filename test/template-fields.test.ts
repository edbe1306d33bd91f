import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  compileWorkflow,
  configMapKey,
  container,
  dag,
  fieldRef,
  param,
  script,
  secretKey,
  toManifest,
  workflow,
  type Template,
} from '../src/index.js';

const wf = (t: Template<unknown, unknown>) => workflow({ generateName: 'f-', entrypoint: t });
const problemsOf = (t: Template<unknown, unknown>) => {
  const r = compileWorkflow(wf(t));
  if (E.isRight(r)) throw new Error('expected problems');
  return r.left.map((p) => `${p.path ?? ''}: ${p.message}`);
};
/** The rendered template called `name` inside a one-task dag passing `args`. */
const called = (t: Template<unknown, unknown>, args: Readonly<Record<string, unknown>>) =>
  toManifest(wf(dag('main', (d) => void d.task('t', t as Template<never, unknown>, args as never)))).spec.templates[1]!;

describe('template fields', () => {
  it('container and template fields render where Argo reads them, env from a record', () => {
    const t = container({
      name: 'c',
      image: 'busybox',
      inputs: { level: param.string() },
      env: {
        LEVEL: 'debug',
        PASSWORD: secretKey('db', 'password'),
        MODE: configMapKey('settings', 'mode'),
        IP: fieldRef('status.podIP'),
      },
      volumeMounts: [{ name: 'work', mountPath: '/work' }],
      securityContext: { privileged: true },
      podSecurityContext: { runAsUser: 1000 },
      timeout: '1h',
      nodeSelector: (i) => ({ level: i.level }),
    });
    const r = called(t, { level: 'x' });
    expect(r.container).toEqual({
      image: 'busybox',
      env: [
        { name: 'LEVEL', value: 'debug' },
        { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
        { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } },
        { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
      ],
      volumeMounts: [{ name: 'work', mountPath: '/work' }],
      securityContext: { privileged: true },
    });
    expect(r.securityContext).toEqual({ runAsUser: 1000 });
    expect(r.timeout).toBe('1h');
    expect(r.nodeSelector).toEqual({ level: '{{inputs.parameters.level}}' });
  });

  it('any field may be a function of the input refs, refs at any depth', () => {
    const t = script({
      name: 's',
      image: 'python',
      inputs: { timeout: param.string(), cpu: param.string() },
      source: 'print(1)',
      timeout: (i) => i.timeout,
      resources: (i) => ({ limits: { cpu: i.cpu } }),
      activeDeadlineSeconds: (i) => i.timeout,
    });
    const r = called(t, { timeout: '10', cpu: '1' });
    expect(r.timeout).toBe('{{inputs.parameters.timeout}}');
    expect(r.activeDeadlineSeconds).toBe('{{inputs.parameters.timeout}}');
    expect(r.script?.resources).toEqual({ limits: { cpu: '{{inputs.parameters.cpu}}' } });
  });

  it('a pod spec patch object is sent as JSON', () => {
    const t = container({
      name: 'c',
      image: 'busybox',
      podSpecPatch: { containers: [{ name: 'main', resources: { limits: { cpu: '1' } } }] },
    });
    expect(JSON.parse(toManifest(wf(t)).spec.templates[0]!.podSpecPatch ?? '')).toEqual({
      containers: [{ name: 'main', resources: { limits: { cpu: '1' } } }],
    });
  });

  it('dag and steps take template fields too', () => {
    const t = dag('main', { parallelism: 2, failFast: false }, (d) => void d.task('a', container({ name: 'a', image: 'x' }), {}));
    const r = toManifest(wf(t)).spec.templates[0]!;
    // A dag's failFast is Argo's dag.failFast.
    expect([r.parallelism, r.dag?.failFast]).toEqual([2, false]);
  });

  it("a field using another template's input, or an undeclared one, is reported", () => {
    let leaked: unknown;
    container({ name: 'other', image: 'x', inputs: { zone: param.string() }, command: (i) => {
        leaked = i.zone;
        return [];
      },
    });
    const t = container({ name: 'c', image: 'x', nodeSelector: { zone: leaked as string }, timeout: '{{inputs.parameters.nope}}' });
    expect(problemsOf(t)).toEqual([
      ": uses input 'zone' of template 'other'; a container or script can only use its own inputs",
      ": refers to input 'nope', which it does not declare; add it to `inputs`",
    ]);
  });

  it('a patch may not set what tiphys builds (a cast cannot drop declared inputs)', () => {
    const t = container({
      name: 'c',
      image: 'x',
      inputs: { n: param.number() },
      patch: { inputs: {}, container: { image: 'y', env: [{ name: 'A', value: 'b' }] } } as never,
    });
    expect(problemsOf(t)).toEqual([
      "patch.inputs: the patch sets 'inputs', which tiphys builds from the template's own options; use those instead",
      "patch.container.image: the patch sets 'container.image', which tiphys builds from the template's own options; use those instead",
    ]);
  });

  it('a patch may be a function of the input refs, and is merged last', () => {
    const t = container({
      name: 'c',
      image: 'x',
      inputs: { host: param.string() },
      timeout: '1m',
      patch: (i) => ({ timeout: '2m', container: { workingDir: `/srv/${i.host}` } }),
    });
    const r = called(t, { host: 'h' });
    expect(r.timeout).toBe('2m');
    expect(r.container?.workingDir).toBe('/srv/{{inputs.parameters.host}}');
  });
});
