// Artifacts are a value type of their own: only artifact inputs take them, and they take nothing else.
import { expectError, expectType } from 'tsd';
import {
  artifact,
  container,
  dag,
  expression,
  git,
  httpArtifact,
  param,
  raw,
  s3,
  secretKey,
  withArtifacts,
  workflow,
  type Artifact,
  type Ref,
  type Template,
  type UngatheredArtifact,
} from '../src/index.js';

const gen = container({
  name: 'gen',
  image: 'alpine',
  command: (_i, o) => ['sh', '-c', `echo > ${o.report.path}`],
  outputs: { report: artifact({ path: '/tmp/out.txt' }), count: param.int({ path: '/tmp/n' }) },
});
const use = container({
  name: 'use',
  image: 'alpine',
  inputs: { data: artifact({ path: '/tmp/in.txt' }), lines: param.int(), src: artifact({ path: '/s', git: { repo: 'r' } }) },
  command: (i) => {
    expectType<Ref<string>>(i.data.path);
    return ['head', '-n', i.lines, i.data.path];
  },
});

dag('d', (d) => {
  const g = d.task('g', gen, {});
  expectType<Ref<Artifact>>(g.out.report);
  d.task('ok', use, { data: g.out.report, lines: g.out.count });
  d.task('raw', use, { data: raw('x'), lines: 1, src: httpArtifact('https://x') });
  // an artifact ref into a parameter input
  expectError(d.task('e1', use, { data: g.out.report, lines: g.out.report }));
  // a parameter ref into an artifact input
  expectError(d.task('e2', use, { data: g.out.count, lines: 1 }));
  // an undeclared artifact output
  expectError(d.task('e3', use, { data: g.out.reprot, lines: 1 }));
  // a literal that is no artifact location
  expectError(d.task('e4', use, { data: 's3://bucket/key', lines: 1 }));
});

// a literal of the wrong repository kind's fields
expectError(git({ repo: 'r', bucket: 'b' }));
expectError(s3({ key: 'k', accessKeySecret: 'name/key' }));
s3({ key: 'k', accessKeySecret: secretKey('creds', 'accessKey') });

// workflow artifact arguments are locations
const entry = dag('w', { inputs: { seed: artifact({ path: '/seed' }) } }, () => {});
workflow({ generateName: 'w-', entrypoint: entry, arguments: { seed: raw('s') } });
expectError(workflow({ generateName: 'w-', entrypoint: entry, arguments: { seed: 'text' } }));

// an input with a location of its own is optional for callers; one without is required
expectType<{ readonly data: Artifact; readonly lines: number; readonly src?: Artifact }>(use._I);

// archiveLocation is a typed template field: a repository location, or archiveLogs.
expectError(container({ name: 'a', image: 'x', archiveLocation: { archiveLogs: 'yes' } }));

// loops over artifacts: a location's strings take refs (the item), a looped call's artifacts are not gathered
dag('loops', (d) => {
  const g = d.task('g', gen, {});
  d.task('each', use, (key) => ({ data: s3({ bucket: 'b', key }), lines: 1 }), { withItems: ['a', 'b'] });
  d.task('rev', use, (rev) => ({ data: git({ repo: 'r', revision: rev }), lines: 1 }), { withItems: ['v1'] });
  const many = d.task('many', gen, {}, { withItems: [1, 2] });
  expectType<Ref<UngatheredArtifact>>(many.out.report);
  expectError(d.task('gathered', use, { data: many.out.report, lines: 1 }));
  expectError(s3({ key: g.out.count }));
});

// a dag's output artifact from an expression over task refs (fromExpression): typed as an artifact
dag('cond', { outputs: { pick: artifact(), n: param.int() } }, (d) => {
  const a = d.task('a', gen, {});
  const b = d.task('b', gen, {});
  d.outputs({ pick: expression<Artifact>`${a.out.count} > ${1} ? ${a.out.report} : ${b.out.report}`, n: expression<number>`${a.out.count} + ${1}` });
  expectError(d.outputs({ pick: expression`${a.out.count}` }));
  expectError(d.outputs({ n: expression<Artifact>`${a.out.report}` }));
});

// Input artifacts whose locations read the template's own parameters: the template's inputs stay
// inferred (the artifact, which has a location, is optional for callers), and the refs are typed.
const checkout = container({
  name: 'checkout',
  image: 'alpine/git',
  inputs: withArtifacts({ revision: param.string(), depth: param.int() }, (i) => ({
    code: artifact({ path: '/src', git: { repo: 'https://x/r.git', revision: i.revision } }),
  })),
  command: (i) => ['ls', i.code.path, i.revision],
});
expectType<Template<{ readonly revision: string; readonly depth: number; readonly code?: Artifact }, {}>>(checkout);
expectError(withArtifacts({ revision: param.string() }, (i) => ({ code: artifact({ git: { repo: 'r', revision: i.revison } }) })));
expectError(withArtifacts({ depth: param.int() }, (i) => ({ code: artifact({ git: { repo: 'r', revision: i.depth } }) })));
