// Artifact declarations whose locations hold refs: `withArtifacts` (input artifacts reading the template's
// own input parameters) and `artifact()` over refs, recorded and checked like the template's other refs.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  artifact,
  container,
  dag,
  globals,
  param,
  renderWorkflow,
  steps,
  toManifest,
  withArtifacts,
  workflow,
  type Template,
} from '../src/index.js';
import { conformance } from './support/conformance.js';
import { describeSentences } from './support/sentence-cases.js';

const problems = (t: Template<unknown, unknown>): ReadonlyArray<string> => {
  const r = renderWorkflow(workflow({ generateName: 'a-', entrypoint: t }));
  return E.isLeft(r) ? r.left.map((p) => `${p.template ?? '-'} ${p.path ?? '-'}: ${p.message}`) : [];
};

const build = container({
  name: 'build',
  image: 'golang',
  inputs: withArtifacts({ revision: param.string(), depth: param.int({ default: 1 }) }, (i) => ({
    code: artifact({ path: '/src', git: { repo: 'https://github.com/golang/example.git', revision: i.revision, depth: 1 } }),
  })),
  command: (i) => ['ls', i.code.path, i.revision],
});

describe('artifact declarations with refs', () => {
  it("withArtifacts renders the template's own parameter refs in the artifact's location; callers may leave the artifact out", () => {
    const main = steps('main', { inputs: { rev: param.string() } }, (s, i) => {
      s.step('build', build, { revision: i.rev });
    });
    const wf = workflow({ generateName: 'ci-', entrypoint: main, arguments: { rev: 'v1' } });
    const t = toManifest(wf).spec.templates.find((x) => x.name === 'build');
    expect(t?.inputs).toEqual({
      parameters: [{ name: 'revision' }, { name: 'depth', default: '1' }],
      artifacts: [{ name: 'code', path: '/src', git: { repo: 'https://github.com/golang/example.git', revision: '{{inputs.parameters.revision}}', depth: 1 } }],
    });
    expect(t?.container?.command).toEqual(['ls', '{{inputs.artifacts.code.path}}', '{{inputs.parameters.revision}}']);
    expect(problems(main)).toEqual([]);
    expect(conformance(wf)).toEqual([]);
  });

  it('binds the refs to each template whose inputs hold them', () => {
    const inputs = withArtifacts({ rev: param.string() }, (i) => ({ src: artifact({ path: '/s', git: { repo: 'r', revision: i.rev } }) }));
    const a = container({ name: 'a', image: 'x', inputs, command: ['ls'] });
    const b = dag('b', { inputs }, (d, i) => {
      d.task('a', a, { rev: i.rev, src: i.src });
    });
    expect(a.node.refs).toEqual([{ kind: 'input', scope: a.node.scope, name: 'rev' }]);
    expect(b.node.refs).toEqual([{ kind: 'input', scope: b.node.scope, name: 'rev' }]);
    expect(problems(b)).toEqual([]);
  });

  it("reports an artifact location that reads another template's input, naming the template", () => {
    const outer = dag('outer', { inputs: { bucket: param.string() } }, (d, i) => {
      const inner = container({
        name: 'inner',
        image: 'x',
        command: ['ls'],
        inputs: { data: artifact({ path: '/in', s3: { bucket: i.bucket, key: 'k' } }) },
        outputs: { out: artifact({ path: '/out', s3: { key: i.bucket } }) },
      });
      d.task('x', inner, {});
    });
    expect(problems(outer)).toEqual([
      "inner -: uses input 'bucket' of template 'outer'; a container or script can only use its own inputs",
      "inner -: uses input 'bucket' of template 'outer'; a container or script can only use its own inputs",
    ]);
  });

  it('renders global refs in a location', () => {
    const g = globals({ repo: param.string({ default: 'https://x/r.git' }) });
    const co = container({ name: 'co', image: 'x', command: ['ls'], inputs: { src: artifact({ path: '/s', git: { repo: g.repo } }) } });
    const wf = workflow({ generateName: 'g-', entrypoint: co, arguments: g });
    expect(toManifest(wf).spec.templates[0]?.inputs?.artifacts).toEqual([{ name: 'src', path: '/s', git: { repo: '{{workflow.parameters.repo}}' } }]);
    expect(conformance(wf)).toEqual([]);
  });

  it('refuses a name that is both a parameter and an artifact', () => {
    expect(() => withArtifacts({ src: param.string() }, () => ({ src: artifact({ path: '/s' }) }))).toThrow(
      "withArtifacts: 'src' is both a parameter and an artifact; inputs need distinct names",
    );
  });
});

describeSentences(
  'the sentences of artifact declarations with refs',
  `
import { artifact, container, param, steps, withArtifacts } from '../../src/index.js';
const inputs = withArtifacts({ revision: param.string(), n: param.int() }, (i) => ({ code: artifact({ path: '/src', git: { repo: 'r', revision: i.revision } }) }));
const build = container({ name: 'build', image: 'x', inputs, command: (i) => ['ls', i.code.path] });
`,
  {
    'a misspelled parameter in a location': [
      `withArtifacts({ revision: param.string() }, (i) => ({ code: artifact({ git: { repo: 'r', revision: i./*✗*/revison } }) }));`,
      `Property 'revison' does not exist on type 'InputRefs<{ readonly revision: string; }>'. Did you mean 'revision'?`,
    ],
    'a number parameter as a location string': [
      `withArtifacts({ n: param.int() }, (i) => ({ code: artifact({ git: { repo: 'r', /*✗*/revision: i.n } }) }));`,
      `Type 'number' is not assignable to type 'string'.`,
    ],
    'a misspelled argument of a template with such inputs': [
      `steps('s', (s) => { s.step('b', build, { n: 1, /*✗*/revison: 'v1' }); });`,
      `Type '"v1"' is not assignable to type '"✗ 'revison' is not an input of this template; it takes: revision, n, code"'.`,
    ],
  },
  `steps('s', (s) => { s.step('b', build, { revision: 'v1', n: 1 }); });`,
);
