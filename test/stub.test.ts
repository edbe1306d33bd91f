// `tiphys stub`: typed stubs of WorkflowTemplates that live only in YAML or on a cluster, their calls
// (templateRef, checked by the same rules as local calls), and the stale-stub report.
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stubDrift } from '../src/argo-docs/stub/stale-stub.js';
import { stubModule } from '../src/argo-docs/stub/stub-module.js';
import { documentSignature, nodeSignature, type LibrarySignature } from '../src/argo-docs/stub/template-signature.js';
import { dag, raw, renderDocument, toDocument, workflow } from '../src/index.js';
import { workflowTemplateInputArtifacts } from '../examples/upstream/lib/workflow-template-input-artifacts.stub.js';
import { compileFixtures } from './support/compile-fixture.js';
import { readArgoYaml } from './support/example-ports.js';
import { runCli } from './support/run-cli.js';
import { tempFiles } from './support/temp-files.js';
import { ciLib } from './fixtures/stubs/typed-library.stub.js';

/** The stub modules this repository keeps, each with the YAML it was generated from. */
const GOLDEN = [
  { yaml: 'vendor/argo/examples/workflow-template/templates.yaml', module: 'examples/upstream/lib/workflow-templates.stub.ts' },
  { yaml: 'vendor/argo/examples/cluster-workflow-template/clustertemplates.yaml', module: 'examples/upstream/lib/cluster-workflow-templates.stub.ts' },
  { yaml: 'test/fixtures/stubs/typed-library.yaml', module: 'test/fixtures/stubs/typed-library.stub.ts' },
  { yaml: 'vendor/argo/examples/workflow-template/input-artifacts.yaml', module: 'examples/upstream/lib/workflow-template-input-artifacts.stub.ts' },
];

const signatures = (yaml: string): ReadonlyArray<LibrarySignature> =>
  readArgoYaml(readFileSync(yaml, 'utf8'), yaml).flatMap((d) => documentSignature(d) ?? []);

const TYPED = signatures('test/fixtures/stubs/typed-library.yaml')[0]!;
const { file } = tempFiles('tiphys-stub-');

describe('tiphys stub', () => {
  // The modules compile: tsc checks them with the project (examples/ and test/ are in tsconfig.json).
  it.each(GOLDEN)('writes $module from $yaml, as kept in the repository', ({ yaml, module }) => {
    expect(stubModule(signatures(yaml), yaml)).toBe(readFileSync(module, 'utf8'));
  });

  it('writes the module with -o, and to stdout without', async () => {
    const out = file('lib.ts', '');
    const r = await runCli(['stub', 'test/fixtures/stubs/typed-library.yaml', '-o', out]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('test/fixtures/stubs/typed-library.stub.ts', 'utf8'));
    const none = await runCli(['stub', 'vendor/argo/examples/hello-world.yaml']);
    expect(none).toMatchObject({ code: 1, stderr: 'vendor/argo/examples/hello-world.yaml: holds no WorkflowTemplate or ClusterWorkflowTemplate\n' });
  }, 60_000);

  it('types inputs from defaults and enums, and promises what the template declares', () => {
    expect(nodeSignature(ciLib.node)).toEqual({
      ...TYPED,
      // What a caller relies on: defaults, descriptions and ConfigMap sources are the template's business.
      globals: TYPED.globals.map(({ name, type, required }) => ({ name, type, required })),
      templates: TYPED.templates.map((t) => ({ ...t, inputs: t.inputs.map(({ name, type, required, enum: values }) => ({ name, type, required, ...(values !== undefined && { enum: values }) })) })),
    });
    expect(TYPED.templates[0]?.inputs.map((p) => `${p.name}: ${p.type}${p.required ? '' : '?'}`)).toEqual([
      'rev: string',
      'retries: int?',
      'ratio: number?',
      'push: boolean?',
      'mode: enum?',
    ]);
  });

  it('a call of a stub renders templateRef with clusterScope, checked as a local call', () => {
    const pipeline = dag('pipeline', (d) => {
      const b = d.task('build', ciLib.templates.build, { rev: 'main', retries: 2, source: raw('x') });
      d.task('deploy', ciLib.templates.deploy, { image: b.out.image, env: 'staging' });
    });
    const doc = toDocument(workflow({ generateName: 'ci-', entrypoint: pipeline })) as any;
    expect(doc.spec.templates.map((t: { name: string }) => t.name)).toEqual(['pipeline']);
    expect(doc.spec.templates[0].dag.tasks[1]).toMatchObject({
      name: 'deploy',
      templateRef: { name: 'ci-lib', template: 'deploy', clusterScope: true },
      arguments: { parameters: [{ name: 'image', value: '{{tasks.build.outputs.parameters.image}}' }, { name: 'env', value: 'staging' }] },
    });
    // Forged past the type, an argument the stub does not declare is the interpreter's problem too.
    const bad = dag('bad', (d) => void d.task('deploy', ciLib.templates.deploy, { image: 'x', env: 'staging', region: 'eu' } as never));
    const r = renderDocument(workflow({ generateName: 'bad-', entrypoint: bad }));
    expect(E.isLeft(r) && r.left.map((p) => p.message).join('\n')).toContain("'region'");
  });

  it('a stub is no document: build leaves it out, and a workflow run from it has its globals typed', async () => {
    const r = await runCli(['build', 'test/fixtures/stubs/typed-library.stub.ts', '--no-typecheck']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exports no workflow');
    // Its entrypoint's required input has no global to fill it: a type error, and forged past the type,
    // the run would fail, so rendering does.
    const run = renderDocument(workflow({ generateName: 'run-', workflowTemplateRef: ciLib, arguments: { registry: 'quay.io' } as unknown as Record<string, never> }));
    expect(E.isLeft(run) && run.left.map((p) => p.message)).toEqual([
      "entrypoint 'build' of ClusterWorkflowTemplate 'ci-lib' needs input 'rev'; give it in `arguments`",
    ]);
  }, 60_000);
});

describe('a stub of a WorkflowTemplate that stores its entrypoint\'s artifact (spec.arguments.artifacts)', () => {
  const yaml = 'vendor/argo/examples/workflow-template/input-artifacts.yaml';
  const [live] = signatures(yaml);

  it('declares the artifact as the template stores it, and a run from it may give its own', () => {
    expect(live?.artifacts.map((a) => a.name)).toEqual(['input-file']);
    expect(nodeSignature(workflowTemplateInputArtifacts.node).artifacts).toEqual(live?.artifacts);
    const run = renderDocument(workflow({ generateName: 'run-', workflowTemplateRef: workflowTemplateInputArtifacts, arguments: { 'input-file': raw('y') } }));
    expect(E.isRight(run) && (run.right as any).spec).toEqual({
      arguments: { artifacts: [{ name: 'input-file', raw: { data: 'y' } }] },
      workflowTemplateRef: { name: 'workflow-template-input-artifacts' },
    });
  });

  it('the generated module compiles, and its artifact arguments are checked against the entrypoint', () => {
    const generated = stubModule(signatures(yaml), yaml).replace("from 'tiphys'", "from '../../src/index.js'");
    const run = "\nworkflow({ generateName: 'run-', workflowTemplateRef: workflowTemplateInputArtifacts, arguments: { 'input-file': raw('y') } });\n";
    const header = "import { raw, workflow } from '../../src/index.js';\n";
    const { ok, renamed } = compileFixtures({
      ok: header + generated + run,
      // The template's artifact argument under a name its entrypoint has no input of.
      renamed: header + generated.replace("'input-file': s3(", "/*✗*/'input-fil': s3("),
    });
    expect(ok.diagnostics).toEqual([]);
    expect(renamed.diagnostics.map((d) => ({ at: d.at, sentence: d.sentence }))).toEqual([
      { at: renamed.markers[0], sentence: "Type 'Artifact' is not assignable to type '\"✗ artifact argument 'input-fil' is no artifact input of the entrypoint; it takes: input-file\"'." },
    ]);
  }, 120_000);

  it('writes each kind of location with its constructor, and says which artifact it cannot declare', () => {
    const show = { name: 'show', inputs: [], outputs: [], outputArtifacts: [], result: false, pod: true };
    const inputArtifacts = ['notes', 'page', 'backup', 'elsewhere'].map((name) => ({ name, required: true }));
    const lib: LibrarySignature = {
      kind: 'WorkflowTemplate',
      name: 'kinds',
      entrypoint: 'show',
      globals: [],
      artifacts: [
        { name: 'notes', fields: { raw: { data: "it's\n" }, mode: 420 } },
        { name: 'page', fields: { http: { url: 'https://example.com/x', headers: [{ name: 'Accept', value: 'text/plain' }] } } },
        { name: 'backup', fields: { gcs: { bucket: 'b', key: 'k' }, archive: { none: {} } } },
        { name: 'elsewhere', fields: { from: '{{workflow.outputs.artifacts.x}}' } },
      ],
      templates: [{ ...show, inputArtifacts }],
    };
    const text = stubModule([lib], 'kinds.yaml');
    expect(text).toContain("import { artifact, gcs, httpArtifact, raw, templateStub, workflowTemplateStub } from 'tiphys';");
    expect(text).toContain("// spec.arguments.artifacts 'elsewhere' has no location (s3, raw, http, ...): not declared below.\n");
    expect(text).toContain(
      "  arguments: {\n" +
        "    notes: raw('it\\'s\\n', { mode: 420 }),\n" +
        "    page: httpArtifact('https://example.com/x', { headers: [{ name: 'Accept', value: 'text/plain' }] }),\n" +
        "    backup: gcs({ bucket: 'b', key: 'k' }, { archive: { none: {} } }),\n" +
        '  },\n',
    );
    // The stub compiles: each constructor takes what was written.
    const { kinds } = compileFixtures({ kinds: text.replace("from 'tiphys'", "from '../../src/index.js'") });
    expect(kinds.diagnostics).toEqual([]);
  }, 120_000);

  it('is stale once the template stops storing the artifact, or stores another', () => {
    const edited = (edit: (doc: any) => void): LibrarySignature => {
      const doc = readArgoYaml(readFileSync(yaml, 'utf8'), yaml)[0];
      edit(doc);
      return documentSignature(doc)!;
    };
    const drift = (edit: (doc: any) => void) => stubDrift(nodeSignature(workflowTemplateInputArtifacts.node), edited(edit), yaml).map((d) => `${d.where}: ${d.message}`);
    expect(drift(() => undefined)).toEqual([]);
    expect(drift((d) => delete d.spec.arguments)).toEqual([
      "artifact argument 'input-file': was removed from the template; the stub still declares it, so runs that leave it out fail",
    ]);
    expect(drift((d) => d.spec.arguments.artifacts.push({ name: 'seed', raw: { data: 'x' } }))).toEqual([
      "artifact argument 'seed': was added; the stub does not declare it",
    ]);
  });
});

describe('the stale-stub report', () => {
  const changed = (edit: (lib: any) => void): LibrarySignature => {
    const doc = readArgoYaml(readFileSync('test/fixtures/stubs/typed-library.yaml', 'utf8'), 'x')[0];
    edit(doc);
    return documentSignature(doc)!;
  };
  const drift = (edit: (lib: any) => void) => stubDrift(nodeSignature(ciLib.node), changed(edit), 'lib.yaml').map((d) => `${d.where}: ${d.message}`);

  it('finds nothing when the template is as the stub says', () => {
    expect(drift(() => undefined)).toEqual([]);
  });

  it('names an input added, removed, retyped or made required, an output gone, a template gone', () => {
    expect(drift((d) => d.spec.templates[0].inputs.parameters.push({ name: 'arch' }))).toEqual([
      "template 'build' input 'arch': was added (string, required); the stub does not declare it",
    ]);
    expect(drift((d) => d.spec.templates[0].inputs.parameters.shift())).toEqual([
      "template 'build' input 'rev': was removed from the template; the stub still declares it",
    ]);
    expect(drift((d) => (d.spec.templates[0].inputs.parameters[1].default = 'three'))).toEqual([
      "template 'build' input 'retries': is string in the template, int in the stub",
    ]);
    expect(drift((d) => delete d.spec.templates[0].inputs.parameters[3].default)).toEqual([
      "template 'build' input 'push': is string in the template, boolean in the stub",
    ]);
    expect(drift((d) => (d.spec.templates[1].inputs.parameters[1].enum = ['staging']))).toEqual([
      "template 'deploy' input 'env': is enum (staging) in the template, enum (staging, production) in the stub",
    ]);
    expect(drift((d) => delete d.spec.templates[0].inputs.artifacts[1].optional)).toEqual([
      "template 'build' input artifact 'cache': is required now; the stub lets callers leave it out",
    ]);
    expect(drift((d) => (d.spec.templates[0].outputs.parameters = []))).toEqual([
      "template 'build' output 'image': was removed from the template; the stub still declares it",
    ]);
    expect(drift((d) => d.spec.templates.splice(1, 1))).toEqual([
      "template 'deploy': was removed from ClusterWorkflowTemplate 'ci-lib'; the stub still declares it",
    ]);
    expect(drift((d) => d.spec.arguments.parameters.push({ name: 'token' }))).toEqual([
      "global 'token': was added (string, required); the stub does not declare it",
    ]);
    expect(stubDrift(nodeSignature(ciLib.node), undefined, 'lib.yaml')).toEqual([{ where: "ClusterWorkflowTemplate 'ci-lib'", message: 'is not in lib.yaml' }]);
  });

  it('tiphys lint --against: exit 0 when the stubs match, 1 with a line per difference', async () => {
    const ok = await runCli(['lint', 'examples/upstream/lib/workflow-templates.stub.ts', '--against', 'vendor/argo/examples/workflow-template/templates.yaml']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("examples/upstream/lib/workflow-templates.stub.ts#workflowTemplatePrintMessage: matches WorkflowTemplate 'workflow-template-print-message'");
    expect(ok.stdout).toContain('5 stub(s) match vendor/argo/examples/workflow-template/templates.yaml\n');
    const artifacts = await runCli(['lint', 'examples/upstream/lib/workflow-template-input-artifacts.stub.ts', '--against', 'vendor/argo/examples/workflow-template/input-artifacts.yaml']);
    expect(artifacts).toMatchObject({ code: 0, stderr: '' });
    const yaml = file('lib.yaml', readFileSync('test/fixtures/stubs/typed-library.yaml', 'utf8').replace('          - name: rev\n', '          - name: rev\n          - name: arch\n'));
    const stale = await runCli(['lint', 'test/fixtures/stubs/typed-library.stub.ts', '--against', yaml]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(
      "test/fixtures/stubs/typed-library.stub.ts#ciLib: template 'build' input 'arch': was added (string, required); the stub does not declare it\n" +
        "test/fixtures/stubs/typed-library.stub.ts#ciLib: stale stub of ClusterWorkflowTemplate 'ci-lib'; regenerate it with `tiphys stub`\n",
    );
    const elsewhere = await runCli(['lint', 'test/fixtures/stubs/typed-library.stub.ts', '--against', 'vendor/argo/examples/workflow-template/templates.yaml']);
    expect(elsewhere.stdout).toContain("#ciLib: ClusterWorkflowTemplate 'ci-lib': is not in vendor/argo/examples/workflow-template/templates.yaml");
  }, 60_000);
});
