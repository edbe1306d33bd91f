// Artifacts through the interpreters: rendering, dependencies, every repository kind, and what a
// JavaScript caller (no checker) can get wrong.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  artifact,
  artifactory,
  azure,
  container,
  dag,
  fromArtifact,
  gcs,
  git,
  hdfs,
  httpArtifact,
  oss,
  param,
  pluginArtifact,
  raw,
  renderWorkflow,
  s3,
  secretKey,
  steps,
  toManifest,
  workflow,
  type Artifact,
  type Problem,
  type Template,
} from '../src/index.js';
import { conformance } from './support/conformance.js';

const gen = container({
  name: 'gen',
  image: 'alpine',
  command: (_i, o) => ['sh', '-c', `echo hi > ${o.report.path}`],
  outputs: { report: artifact({ path: '/tmp/out.txt', archive: 'none' }) },
});
const use = container({
  name: 'use',
  image: 'alpine',
  inputs: { data: artifact({ path: '/tmp/in.txt' }), lines: param.int() },
  command: (i) => ['sh', '-c', `head -n ${i.lines} ${i.data.path}`],
});

const problems = (t: Template<unknown, unknown>): ReadonlyArray<Problem> => {
  const r = renderWorkflow(workflow({ generateName: 'a-', entrypoint: t }));
  return E.isLeft(r) ? r.left : [];
};

describe('artifacts', () => {
  it('renders declarations, refs as `from` with an inferred dependency, and `path` placeholders', () => {
    const main = dag('main', { outputs: { out: artifact() } }, (d) => {
      const g = d.task('gen', gen, {});
      d.task('use', use, { data: g.out.report, lines: 3 });
      d.outputs({ out: g.out.report });
    });
    const m = toManifest(workflow({ generateName: 'a-', entrypoint: main }));
    const [dagT, genT, useT] = m.spec.templates;
    expect(dagT?.dag?.tasks[1]).toEqual({
      name: 'use',
      template: 'use',
      depends: 'gen',
      arguments: {
        parameters: [{ name: 'lines', value: '3' }],
        artifacts: [{ name: 'data', from: '{{tasks.gen.outputs.artifacts.report}}' }],
      },
    });
    expect(dagT?.outputs).toEqual({ artifacts: [{ name: 'out', from: '{{tasks.gen.outputs.artifacts.report}}' }] });
    expect(genT?.outputs).toEqual({ artifacts: [{ name: 'report', path: '/tmp/out.txt', archive: { none: {} } }] });
    expect(genT?.container?.command?.[2]).toBe('echo hi > {{outputs.artifacts.report.path}}');
    expect(useT?.inputs).toEqual({ parameters: [{ name: 'lines' }], artifacts: [{ name: 'data', path: '/tmp/in.txt' }] });
    expect(useT?.container?.command?.[2]).toBe('head -n {{inputs.parameters.lines}} {{inputs.artifacts.data.path}}');
  });

  it('renders argument options with a ref (`subPath`) in a steps template', () => {
    const main = steps('main', (s) => {
      const g = s.step('gen', gen, {});
      s.step('use', use, { data: fromArtifact(g.out.report, { subPath: 'a.txt' }), lines: 1 });
    });
    const args = toManifest(workflow({ generateName: 'a-', entrypoint: main })).spec.templates[0]?.steps?.[1]?.[0]?.arguments;
    expect(args?.artifacts).toEqual([{ name: 'data', from: '{{steps.gen.outputs.artifacts.report}}', subPath: 'a.txt' }]);
  });

  const creds = { accessKeySecret: secretKey('c', 'a'), secretKeySecret: secretKey('c', 's') };
  const secrets = { accessKeySecret: { name: 'c', key: 'a' }, secretKeySecret: { name: 'c', key: 's' } };
  // Each kind's location as written, and as Argo reads it in the argument (secrets as secretKeyRef selectors).
  const kinds: ReadonlyArray<readonly [string, Artifact, object]> = [
    ['raw', raw('hello\n'), { data: 'hello\n' }],
    ['http', httpArtifact('https://example.com/x', { headers: [{ name: 'H', value: 'v' }] }), { url: 'https://example.com/x', headers: [{ name: 'H', value: 'v' }] }],
    ['git', git({ repo: 'https://example.com/r.git', revision: 'v1' }), { repo: 'https://example.com/r.git', revision: 'v1' }],
    ['s3', s3({ bucket: 'b', key: 'k', ...creds }), { bucket: 'b', key: 'k', ...secrets }],
    ['s3', s3({ key: 'only/the/key' }), { key: 'only/the/key' }],
    ['gcs', gcs({ bucket: 'b', key: 'k', serviceAccountKeySecret: secretKey('g', 'k') }), { bucket: 'b', key: 'k', serviceAccountKeySecret: { name: 'g', key: 'k' } }],
    ['azure', azure({ endpoint: 'https://a', container: 'c', blob: 'b', accountKeySecret: secretKey('a', 'k') }), { endpoint: 'https://a', container: 'c', blob: 'b', accountKeySecret: { name: 'a', key: 'k' } }],
    ['oss', oss({ endpoint: 'http://o', bucket: 'b', key: 'k', ...creds }), { endpoint: 'http://o', bucket: 'b', key: 'k', ...secrets }],
    ['hdfs', hdfs({ addresses: ['nn:8020'], path: '/p', hdfsUser: 'root' }), { addresses: ['nn:8020'], path: '/p', hdfsUser: 'root' }],
    ['artifactory', artifactory({ url: 'http://a/x', usernameSecret: secretKey('a', 'u') }), { url: 'http://a/x', usernameSecret: { name: 'a', key: 'u' } }],
    ['plugin', pluginArtifact({ name: 'p', configuration: 'x: 1', key: 'k' }), { name: 'p', configuration: 'x: 1', key: 'k' }],
  ];
  it.each(kinds)('passes a %s location as an argument, rendered as Argo reads it, schema-valid', (kind, value, location) => {
    const main = dag('main', (d) => {
      d.task('use', use, { data: value, lines: 1 });
    });
    const wf = workflow({ generateName: 'a-', entrypoint: main });
    const [arg] = toManifest(wf).spec.templates[0]?.dag?.tasks[0]?.arguments?.artifacts ?? [];
    expect(arg).toEqual({ name: 'data', [kind]: location });
    expect(conformance(wf)).toEqual([]);
  });

  it('declares every field of the model on an output, schema-valid', () => {
    const t = container({
      name: 'out',
      image: 'alpine',
      outputs: {
        a: artifact({ path: '/a', s3: { key: 'k' }, archive: { tar: { compressionLevel: 0 } }, artifactGC: { strategy: 'OnWorkflowDeletion' } }),
        b: artifact({ path: '/b', optional: true, globalName: 'g', recurseMode: true, mode: 0o755, deleted: false }),
        c: artifact({ path: '/c', archive: 'zip' }),
        d: artifact({ path: '/d', archive: 'tar' }),
      },
    });
    const wf = workflow({ generateName: 'a-', entrypoint: t });
    expect(conformance(wf)).toEqual([]);
    expect(toManifest(wf).spec.templates[0]?.outputs?.artifacts).toEqual([
      { name: 'a', path: '/a', s3: { key: 'k' }, archive: { tar: { compressionLevel: 0 } }, artifactGC: { strategy: 'OnWorkflowDeletion' } },
      { name: 'b', path: '/b', optional: true, globalName: 'g', recurseMode: true, mode: 0o755, deleted: false },
      { name: 'c', path: '/c', archive: { zip: {} } },
      { name: 'd', path: '/d', archive: { tar: {} } },
    ]);
  });

  it('takes workflow artifact arguments as locations', () => {
    const t = container({ name: 'k', image: 'alpine', inputs: { bin: artifact({ path: '/bin/k', mode: 0o755 }) } });
    const m = toManifest(workflow({ generateName: 'a-', entrypoint: t, arguments: { bin: httpArtifact('https://x/k') } }));
    expect(m.spec.arguments).toEqual({ artifacts: [{ name: 'bin', http: { url: 'https://x/k' } }] });
  });

  it('leaves out an input with a location of its own, but not one without', () => {
    const fetch = container({ name: 'fetch', image: 'alpine', inputs: { src: artifact({ path: '/s', git: { repo: 'r' } }) } });
    expect(problems(dag('ok', (d) => void d.task('f', fetch, {})))).toEqual([]);
    const loose = dag('bad', (d) => void d.task('u', use, { lines: 1 } as never));
    expect(problems(loose)).toEqual([
      {
        template: 'bad',
        task: 'u',
        path: 'arguments.artifacts.data',
        message: "missing required artifact 'data' of template 'use'; pass one, or give the input a location or `optional: true`",
      },
    ]);
  });

  it('reports what the checker would refuse, when called from JavaScript', () => {
    const bad = dag('bad', (d) => {
      const g = d.task('gen', gen, {});
      d.task('a', use, { data: 's3://x', lines: g.out.report } as never);
      d.task('b', use, { data: (g.out as Record<string, unknown>)['reprot'], lines: 1 } as never);
    });
    expect(problems(bad).map((p) => `${p.task} ${p.path}: ${p.message}`)).toEqual([
      "a arguments.parameters.lines: input 'lines' of template 'use' expects a parameter, got an artifact; declare the input with `artifact()` to pass artifacts",
      'a arguments.artifacts.data: artifact \'data\' of template \'use\' expects an artifact, got "s3://x"',
      "b arguments.artifacts.data: artifact 'data' of template 'use' was given undefined; a ref to an output that does not exist (a misspelled name) reads as undefined",
    ]);
  });

  it('reports an artifact output a raw expression names but the template does not declare', () => {
    const bad = steps('bad', (s) => {
      s.step('gen', gen, {});
      s.step('use', use, { data: fromArtifact({ toString: () => '{{steps.gen.outputs.artifacts.nope}}' } as never, {}), lines: 1 });
    });
    expect(problems(bad).map((p) => p.message)).toEqual([
      "'gen' (template 'gen') has no output artifact 'nope'; its output artifacts: report",
    ]);
  });

  it('refuses output-only fields on an input artifact, each a problem naming the field', () => {
    const load = container({
      name: 'load',
      image: 'alpine',
      inputs: { data: artifact({ path: '/in', archive: 'none', globalName: 'g', optional: true, mode: 0o644 }) },
      command: ['ls', '/in'],
    });
    expect(problems(load).map((p) => `${p.template} ${p.path}: ${p.message}`)).toEqual([
      "load inputs.artifacts.data.archive: input artifact 'data' has archive, which only applies to outputs (how a result is saved or published); remove it, or declare the artifact under outputs",
      "load inputs.artifacts.data.globalName: input artifact 'data' has globalName, which only applies to outputs (how a result is saved or published); remove it, or declare the artifact under outputs",
    ]);
  });

  it("refuses from and fromExpression on a leaf's output artifact, which Argo reads only on a dag's or steps' outputs", () => {
    const leaf = container({
      name: 'leaf',
      image: 'alpine',
      command: ['true'],
      outputs: { a: artifact({ path: '/a', fromExpression: "tasks.x.outputs.artifacts.y" }), b: artifact({ path: '/b' }) },
    });
    expect(problems(leaf).map((p) => `${p.template} ${p.path}: ${p.message}`)).toEqual([
      "leaf outputs.artifacts.a.fromExpression: output artifact 'a' has fromExpression, which Argo reads only on a dag's or steps' outputs (set there with outputs({ a: ... })); a template that runs something saves its artifact from its path",
    ]);
  });
});
