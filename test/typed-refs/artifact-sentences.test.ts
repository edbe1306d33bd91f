// Artifacts are a value type of their own: the sentence errors of passing them where parameters go, and back.
import { describeSentences, type SentenceCases } from '../support/sentence-cases.js';

const header = `
import { artifact, container, dag, git, param, raw, s3, secretKey, steps, workflow } from '../../src/index.js';
const gen = container({ name: 'gen', image: 'alpine', command: ['true'],
  outputs: { report: artifact({ path: '/tmp/out.txt' }), count: param.int({ path: '/tmp/n' }) } });
const use = container({ name: 'use', image: 'alpine',
  inputs: { data: artifact({ path: '/tmp/in.txt' }), lines: param.int() },
  command: (i) => ['head', '-n', i.lines, i.data.path] });
const fetch = container({ name: 'fetch', image: 'alpine', command: ['true'],
  inputs: { src: artifact({ path: '/src', git: { repo: 'https://example.com/r.git' } }) } });
`;

/** Each case: a body with a `/*✗*\/` before each expected error, and the sentences, in order. */
const cases = {
  'an artifact ref into a parameter input': [
    `dag('d', (d) => { const g = d.task('g', gen, {}); d.task('u', use, { data: g.out.report, /*✗*/lines: g.out.report }); });`,
    `Type 'Ref<Artifact>' is not assignable to type '"✗ input 'lines' expects number, but got an artifact"'.`,
  ],
  'a parameter ref into an artifact input': [
    `dag('d', (d) => { const g = d.task('g', gen, {}); d.task('u', use, { /*✗*/data: g.out.count, lines: 1 }); });`,
    `Type 'Ref<number>' is not assignable to type '"✗ input 'data' expects an artifact, but got a Ref<number>"'.`,
  ],
  'an artifact literal into a parameter input': [
    `dag('d', (d) => { d.task('u', use, { data: raw('x'), /*✗*/lines: raw('3') }); });`,
    `Type 'Artifact' is not assignable to type '"✗ input 'lines' expects number, but got an artifact"'.`,
  ],
  'a string into an artifact input': [
    `steps('s', (s) => { s.step('u', use, { /*✗*/data: 's3://bucket/key', lines: 1 }); });`,
    `Type '"s3://bucket/key"' is not assignable to type '"✗ input 'data' expects an artifact, but got a string"'.`,
  ],
  'an undeclared artifact output': [
    `dag('d', (d) => { const g = d.task('g', gen, {}); d.task('u', use, { data: g.out./*✗*/reprot, lines: 1 }); });`,
    `Property 'reprot' does not exist on type 'OutputRefs<OutputsOf<{ readonly report: ArtifactDecl<false>; readonly count: Param<number, false>; }>>'. Did you mean 'report'?`,
  ],
  'a missing artifact without a location': [
    `dag('d', (d) => { d.task('u', use, /*✗*/{ lines: 1 }); });`,
    `Property 'data' is missing in type '{ lines: 1; }' but required in type '{ readonly data: "✗ missing required input 'data' (an artifact)"; }'.`,
  ],
  'a field of another repository kind in a git literal': [
    `git({ repo: 'https://example.com/r.git', /*✗*/bucket: 'b' });`,
    `Object literal may only specify known properties, and 'bucket' does not exist in type 'RefAwareFields<GitArtifact>'.`,
  ],
  'a plain string for an S3 credential': [
    `s3({ key: 'k', /*✗*/accessKeySecret: 'my-secret' });`,
    `Type 'string' is not assignable to type 'SecretKeySelector'.`,
  ],
  'a string as a workflow artifact argument': [
    `const wf = dag('w', { inputs: { data: artifact({ path: '/in' }) } }, () => {});
/*✗*/workflow({ generateName: 'w-', entrypoint: wf, arguments: { data: 'https://x' } });`,
    `Type 'string' is not assignable to type 'Artifact'.`,
  ],
} satisfies SentenceCases;

describeSentences(
  'artifact sentences at the call site',
  header,
  cases,
  `
const main = dag('main', { inputs: { seed: artifact({ path: '/seed' }) }, outputs: { out: artifact() } }, (d, i) => {
  const g = d.task('g', gen, {});
  d.task('u', use, { data: g.out.report, lines: g.out.count });
  d.task('r', use, { data: raw('hello'), lines: 1 });
  d.task('i', use, { data: i.seed, lines: 1 });
  d.task('s', use, { data: s3({ key: 'k', accessKeySecret: secretKey('creds', 'accessKey') }), lines: 1 });
  d.task('f', fetch, {});
  d.outputs({ out: g.out.report });
});
workflow({ generateName: 'w-', entrypoint: main, arguments: { seed: raw('s') } });`,
);
