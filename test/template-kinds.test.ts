import * as E from 'fp-ts/lib/Either.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  compileWorkflow,
  container,
  containerSet,
  dag,
  data,
  eq,
  http,
  ne,
  param,
  plugin,
  resource,
  secretKey,
  steps,
  suspend,
  toManifest,
  workflow,
  type Template,
} from '../src/index.js';
import { echo } from './support/templates.js';

const wf = (t: Template<unknown, unknown>) => workflow({ generateName: 'k-', entrypoint: t });
const templates = (t: Template<unknown, unknown>) => toManifest(wf(t)).spec.templates;
const problemsOf = (t: Template<unknown, unknown>) => {
  const r = compileWorkflow(wf(t));
  if (E.isRight(r)) throw new Error('expected problems');
  return r.left.map((p) => p.message);
};

describe('template kinds', () => {
  it('values are frozen, down to their nodes', () => {
    const t = suspend({ name: 'wait', duration: '20' });
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.node)).toBe(true);
  });

  it('suspend: duration from an input ref, supplied outputs', () => {
    const t = suspend({
      name: 'approve',
      inputs: { wait: param.int() },
      duration: (i) => i.wait,
      outputs: { decision: param.enumWithDefault(['YES', 'NO'], 'NO', { supplied: true }) },
    });
    expect(templates(dag('main', (d) => void d.task('a', t, { wait: 20 })))[1]).toEqual({
      name: 'approve',
      inputs: { parameters: [{ name: 'wait' }] },
      outputs: { parameters: [{ name: 'decision', enum: ['YES', 'NO'], valueFrom: { supplied: {}, default: 'NO' } }] },
      suspend: { duration: '{{inputs.parameters.wait}}' },
    });
  });

  it('resource: a manifest object with refs is rendered to YAML text', () => {
    const t = resource({
      name: 'create-job',
      inputs: { image: param.string() },
      action: 'create',
      manifest: (i) => ({ apiVersion: 'batch/v1', kind: 'Job', spec: { containers: [{ name: 'pi', image: i.image }] } }),
      outputs: { job: param.string({ jsonPath: '{.metadata.name}' }) },
    });
    const r = templates(dag('main', (d) => void d.task('a', t, { image: 'perl' })))[1]!;
    expect(r.resource?.action).toBe('create');
    expect(parse(r.resource?.manifest ?? '')).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      spec: { containers: [{ name: 'pi', image: '{{inputs.parameters.image}}' }] },
    });
  });

  it("resource: a nested workflow's problems are reported under the resource template", () => {
    const broken = workflow({ entrypoint: echo } as never);
    expect(problemsOf(resource({ name: 'spawn', action: 'create', manifest: broken }))).toEqual([
      'in the workflow: metadata: the workflow needs `name` or `generateName`',
    ]);
  });

  it('http: url from an input, headers from a record with a secret', () => {
    const t = http({
      name: 'ping',
      inputs: { url: param.string() },
      url: (i) => i.url,
      method: 'GET',
      headers: { Authorization: secretKey('api', 'token'), Accept: 'application/json' },
      timeoutSeconds: 20,
    });
    expect(templates(dag('main', (d) => void d.task('a', t, { url: 'https://x' })))[1]?.http).toEqual({
      url: '{{inputs.parameters.url}}',
      method: 'GET',
      headers: [
        { name: 'Authorization', valueFrom: { secretKeyRef: { name: 'api', key: 'token' } } },
        { name: 'Accept', value: 'application/json' },
      ],
      timeoutSeconds: 20,
    });
  });

  it('data and plugin render their bodies', () => {
    const d = data({
      name: 'filter',
      source: { artifactPaths: { name: 'logs', s3: { bucket: 'logs' } } },
      transformation: [{ expression: 'filter(data, {# endsWith "main.log"})' }],
    });
    expect(templates(d)[0]?.data).toEqual({
      source: { artifactPaths: { name: 'logs', s3: { bucket: 'logs' } } },
      transformation: [{ expression: 'filter(data, {# endsWith "main.log"})' }],
    });
    expect(templates(plugin({ name: 'hello', plugin: { hello: { greeting: 'hi' } } }))[0]?.plugin).toEqual({
      hello: { greeting: 'hi' },
    });
  });

  it('containerSet: dependencies are handles of the same set', () => {
    let foreign: unknown;
    containerSet({ name: 'other', containers: (c) => void (foreign = c.container('x', { image: 'a' })) });
    const t = containerSet({
      name: 'set',
      containers: (c) => {
        const a = c.container('a', { image: 'a' });
        c.container('a', { image: 'b', dependencies: [a] });
        c.container('b', { image: 'b', dependencies: [foreign as typeof a] });
      },
    });
    expect(problemsOf(t)).toEqual([
      "two containers are named 'a'; names must be unique",
      "waits on container 'x' of container set 'other'; a container can only wait on containers of its own set",
    ]);
  });

  it("reads a daemon's ip, and refuses the ip of a template without a pod", () => {
    const server = container({ name: 'server', image: 'nginx', daemon: true });
    const ok = steps('main', (s) => {
      const srv = s.step('server', server, {});
      s.step('client', echo, { message: `http://${srv.ip}/` });
    });
    expect(templates(ok)[0]?.steps?.[1]?.[0]?.arguments?.parameters).toEqual([
      { name: 'message', value: 'http://{{steps.server.ip}}/' },
    ]);
    const bad = dag('main', (d) => {
      const w = d.task('wait', suspend({ name: 'wait' }), {});
      d.task('client', echo, { message: w.ip });
    });
    expect(problemsOf(bad)).toEqual([
      "'wait' runs suspend template 'wait', which has no pod and so no 'ip' (only containers, scripts, container sets, resource and data templates do)",
    ]);
  });

  it("reads a call's exitCode as a number, and refuses the exitCode of a template without a result", () => {
    const run = container({ name: 'run', image: 'alpine', command: ['sh', '-c', 'exit 3'] });
    const ok = steps('main', (s) => {
      const r = s.step('run', run, {}, { continueOn: { failed: true } });
      s.step('report', echo, { message: 'failed' }, { when: ne(r.exitCode, 0) });
    });
    expect(templates(ok)[0]?.steps?.[1]?.[0]?.when).toBe('{{steps.run.exitCode}} != 0');
    const t = dag('main', (d) => {
      const r = d.task('run', run, {});
      d.task('report', echo, { message: `code ${r.exitCode}` });
    });
    expect(templates(t)[0]?.dag?.tasks[1]).toMatchObject({ depends: 'run', arguments: { parameters: [{ name: 'message', value: 'code {{tasks.run.exitCode}}' }] } });
    const bad = dag('main', (d) => {
      const w = d.task('wait', suspend({ name: 'wait' }), {});
      d.task('client', echo, { message: 'x' }, { when: eq(w.exitCode, 0) });
    });
    expect(problemsOf(bad)).toEqual([
      "'wait' runs suspend template 'wait', which has no 'exitCode' (only containers, scripts, container sets, http, data and plugin templates do)",
    ]);
  });

  it('a task reading an ip depends on that task', () => {
    const server = container({ name: 'server', image: 'nginx', daemon: true });
    const t = dag('main', (d) => {
      const srv = d.task('server', server, {});
      d.task('client', echo, { message: srv.ip });
    });
    expect(templates(t)[0]?.dag?.tasks[1]?.depends).toBe('server');
  });
});
