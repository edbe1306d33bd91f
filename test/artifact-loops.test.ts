// Loops over artifacts: each iteration of a looped call takes an artifact whose location holds the item
// (or any other ref), and a looped call's own artifacts, which Argo does not gather, are refused.
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import {
  artifact,
  container,
  dag,
  data,
  expression,
  fromArtifact,
  git,
  param,
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
import { normalizeArgo } from './support/argo-compare.js';
import { conformance } from './support/conformance.js';
import { describeSentences } from './support/sentence-cases.js';
import { readArgoYaml } from './support/example-ports.js';
import { ARGO_E2E } from './support/vendored-argo.js';

const problems = (t: Template<unknown, unknown>): ReadonlyArray<Problem> => {
  const r = renderWorkflow(workflow({ generateName: 'a-', entrypoint: t }));
  return E.isLeft(r) ? r.left : [];
};

const minio = {
  bucket: 'my-bucket',
  endpoint: 'minio:9000',
  insecure: true,
  accessKeySecret: secretKey('my-minio-cred', 'accesskey'),
  secretKeySecret: secretKey('my-minio-cred', 'secretkey'),
};

const use = container({
  name: 'use',
  image: 'alpine',
  inputs: { data: artifact({ path: '/in' }) },
  command: (i) => ['cat', i.data.path],
});
const names = container({
  name: 'names',
  image: 'alpine',
  command: ['ls'],
  outputs: { name: param.string({ path: '/tmp/name' }), files: param.json(t.array(t.string), { path: '/tmp/files' }) },
});
const gen = container({
  name: 'gen',
  image: 'alpine',
  inputs: { n: param.int() },
  command: ['sh', '-c', 'echo > /out'],
  outputs: { out: artifact({ path: '/out' }) },
});

describe('loops over artifacts', () => {
  it("builds Argo's data-transformation e2e workflow: withParam over keys, each iteration an s3 artifact at {{item}}", () => {
    const generate = container({
      name: 'generate-artifacts',
      inputs: { 'file-name': param.string() },
      image: 'argoproj/argosay:v2',
      args: (i) => ['echo', 'hello', `/mnt/${i['file-name']}`],
      outputs: { file: artifact({ path: '/mnt/{{inputs.parameters.file-name}}', s3: { ...minio, key: '{{inputs.parameters.file-name}}' } }) },
    });
    const paths = data({
      name: 'get-artifact-paths',
      source: { artifactPaths: { name: 'data', s3: { ...minio } } },
      transformation: [{ expression: 'filter(data, {# endsWith ".py"})' }],
      result: param.json(t.array(t.string)),
    });
    const processMessage = container({
      name: 'process-message',
      inputs: { 'file-name': param.string(), file: artifact({ path: '/file' }) },
      image: 'argoproj/argosay:v1',
      command: ['sh', '-c'],
      args: (i) => [`cat /file && echo "${i['file-name']}.processed" | tee /tmp/f.txt`],
    });
    const main = steps('artifact-example', (s) => {
      s.step('generate-artifact', generate, (item) => ({ 'file-name': item }), {
        withItems: ['script.py', 'doc.pdf', 'foo/script.py', 'foo/doc.pdf'],
      });
      const p = s.step('get-artifact-path', paths, {});
      // Each iteration reads the artifact stored under its own key: the loop's item.
      s.step('process-artifact', processMessage, (key) => ({ file: s3({ ...minio, key }), 'file-name': key }), {
        withParam: p.out.result,
      });
    });
    const wf = workflow({ generateName: 'data-transformation-', entrypoint: main });
    const upstream = readArgoYaml(readFileSync(join(ARGO_E2E, 'testdata/data-transformation.yaml'), 'utf8'), 'data-transformation');
    expect(normalizeArgo(toManifest(wf))).toEqual(normalizeArgo(upstream[0]));
    expect(conformance(wf)).toEqual([]);
  });

  it('takes refs anywhere in a location or an option, records them, and waits on the tasks they read', () => {
    const main = dag('main', { inputs: { bucket: param.string(), rev: param.string() } }, (d, i) => {
      const n = d.task('n', names, {});
      d.task('typed', use, { data: s3({ bucket: i.bucket, key: n.out.name }) });
      // A template string is plain text: the task it names is still waited on, next to a typed ref.
      d.task('text', use, { data: s3({ bucket: i.bucket, key: `${n.out.name}.txt` }) });
      d.task('git', use, (rev) => ({ data: git({ repo: 'https://x/r.git', revision: rev }) }), { withItems: ['v1', 'v2'] });
      d.task('raw', use, (line) => ({ data: raw(line) }), { withParam: n.out.files });
      const g = d.task('g', gen, { n: 1 });
      d.task('sub', use, (f) => ({ data: fromArtifact(g.out.out, { subPath: f }) }), { withItems: ['a', 'b'] });
    });
    const tasks = toManifest(workflow({ generateName: 'a-', entrypoint: main, arguments: { bucket: 'b', rev: 'r' } })).spec.templates[0]?.dag?.tasks ?? [];
    expect(tasks.map((k) => [k.name, k.depends, k.arguments?.artifacts?.[0]])).toEqual([
      ['n', undefined, undefined],
      ['typed', 'n', { name: 'data', s3: { bucket: '{{inputs.parameters.bucket}}', key: '{{tasks.n.outputs.parameters.name}}' } }],
      ['text', 'n', { name: 'data', s3: { bucket: '{{inputs.parameters.bucket}}', key: '{{tasks.n.outputs.parameters.name}}.txt' } }],
      ['git', undefined, { name: 'data', git: { repo: 'https://x/r.git', revision: '{{item}}' } }],
      ['raw', 'n', { name: 'data', raw: { data: '{{item}}' } }],
      ['g', undefined, undefined],
      ['sub', 'g', { name: 'data', from: '{{tasks.g.outputs.artifacts.out}}', subPath: '{{item}}' }],
    ]);
    expect(conformance(workflow({ generateName: 'a-', entrypoint: main, arguments: { bucket: 'b', rev: 'r' } }))).toEqual([]);
  });

  it("reports a location that reads another template's input, or a step it cannot see yet", () => {
    const outer = dag('outer', { inputs: { bucket: param.string() } }, (d, i) => {
      const inner = steps('inner', (s) => {
        s.step('u', use, { data: s3({ bucket: i.bucket, key: 'k' }) });
        s.step('v', use, { data: s3({ key: '{{steps.later.outputs.parameters.name}}' }) });
        s.step('later', names, {});
      });
      d.task('x', inner, {});
    });
    expect(problems(outer).map((p) => `${p.template} ${p.task} ${p.path}: ${p.message}`)).toEqual([
      "inner u arguments.artifacts.data: uses input 'bucket' of template 'outer', which is not in scope here; declare 'bucket' as an input of 'inner' and pass it in",
      "inner v arguments.artifacts.data: refers to step 'later', which runs in the same or a later group; move it to an earlier group",
    ]);
  });

  it("refuses to read a looped call's artifact, in an argument or an output: Argo gathers only parameters and results", () => {
    const main = steps('main', { outputs: { last: artifact() } }, (s) => {
      const g = s.step('g', gen, (n) => ({ n }), { withItems: [1, 2] });
      s.step('u', use, { data: g.out.out as never });
      s.outputs({ last: g.out.out as never });
    });
    const why =
      "reads artifact 'out' of looped step 'g', but Argo gathers only a loop's parameters and results, never its artifacts; store each iteration's artifact under a key of its own (s3({ key: `out/${item}` })) and read them back from there";
    expect(problems(main).map((p) => `${p.task ?? '-'} ${p.path}: ${p.message}`)).toEqual([
      `u arguments.artifacts.data: ${why}`,
      `- outputs.artifacts.last: ${why}`,
    ]);
  });

  it("sees a looped call's artifact inside an expression, where the text names the call but not the artifact", () => {
    const main = steps('main', { outputs: { last: artifact() } }, (s) => {
      const g = s.step('g', gen, (n) => ({ n }), { withItems: [1, 2] });
      const h = s.step('h', gen, { n: 3 });
      const k = s.step('k', names, {});
      s.step('u', use, { data: expression<Artifact>`${k.out.name} == 'g' ? ${g.out.out} : ${h.out.out}` });
      s.outputs({ last: expression<Artifact>`${k.out.name} == 'h' ? ${h.out.out} : ${g.out.out}` });
    });
    const why =
      "reads artifact 'out' of looped step 'g', but Argo gathers only a loop's parameters and results, never its artifacts; store each iteration's artifact under a key of its own (s3({ key: `out/${item}` })) and read them back from there";
    expect(problems(main).map((p) => `${p.task ?? '-'} ${p.path}: ${p.message}`)).toEqual([
      `u arguments.artifacts.data: ${why}`,
      `- outputs: ${why}`,
    ]);
  });
});

describeSentences(
  'the sentences of artifact loops',
  `
import { artifact, container, dag, param, s3 } from '../../src/index.js';
const use = container({ name: 'use', image: 'a', inputs: { data: artifact({ path: '/in' }) }, command: ['x'] });
const gen = container({ name: 'gen', image: 'a', inputs: { n: param.int() }, command: ['x'], outputs: { out: artifact({ path: '/o' }), n: param.int({ path: '/n' }) } });
`,
  {
    "a looped call's artifact": [
      `dag('d', (d) => { const g = d.task('g', gen, (n) => ({ n }), { withItems: [1, 2] }); d.task('u', use, { /*✗*/data: g.out.out }); });`,
      `Type 'Ref<UngatheredArtifact>' is not assignable to type '"✗ input 'data' expects an artifact, but got the artifact of a looped call, which Argo does not gather (only a loop's parameters and results); store each iteration's artifact under a key of its own"'.`,
    ],
    'a number ref as a location string': [
      `dag('d', (d) => { const g = d.task('g', gen, { n: 1 }); d.task('u', use, { data: s3({ /*✗*/key: g.out.n }) }); });`,
      `Type 'number' is not assignable to type 'string'.`,
    ],
  },
  `dag('d', (d) => { d.task('u', use, (key) => ({ data: s3({ key }) }), { withItems: ['a', 'b'] }); });`,
);
