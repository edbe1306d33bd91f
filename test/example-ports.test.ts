// Every port of an Argo example (examples/<p>.ts, examples/upstream/<p>.ts) builds, conforms, and equals
// vendor/argo/examples/<p>.yaml semantically, document by document.
import * as E from 'fp-ts/lib/Either.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitYamlDocuments, isWorkflow } from '../src/index.js';
import { loadDocumentModule } from '../src/cli/load-module.js';
import { normalizeArgo } from './support/argo-compare.js';
import { conformance } from './support/conformance.js';
import {
  buildPort,
  examplePorts,
  exampleModules,
  exportedDocuments,
  OWN_EXAMPLES,
  readArgoYaml,
  UPSTREAM_DIFFERENCES,
  upstreamDocuments,
  upstreamExists,
  type ExamplePort,
} from './support/example-ports.js';

const PORTS = examplePorts();
const byFile = (file: string): ExamplePort => PORTS.find((p) => p.file === file)!;

/** A port's documents through YAML, as `tiphys build` prints them and Argo reads them. */
const built = async (port: ExamplePort): Promise<Array<any>> => readArgoYaml(emitYamlDocuments(await buildPort(port.file)), port.file);

describe('the example ports', () => {
  it('are every module under examples/ but the helpers, each with an upstream file of the same path', () => {
    expect(PORTS.filter((p) => !upstreamExists(p)).map((p) => p.file)).toEqual([]);
  });

  it('leave out only helpers, which export no document, and tiphys\' own examples', async () => {
    const helpers = exampleModules().filter((f) => !PORTS.some((p) => p.file === f) && !OWN_EXAMPLES.includes(f));
    for (const f of helpers) expect(E.isLeft(await loadDocumentModule(join('examples', f))), f).toBe(true);
  }, 60_000);

  it('repair only upstream files that are ported', () => {
    expect(Object.keys(UPSTREAM_DIFFERENCES).filter((u) => !PORTS.some((p) => p.upstream === u))).toEqual([]);
  });
});

describe.each(PORTS)('$file', (port) => {
  it('renders YAML that reads back to its manifests', async () => {
    const manifests = await buildPort(port.file);
    expect(readArgoYaml(emitYamlDocuments(manifests), port.file)).toEqual(manifests);
  }, 60_000);

  it(`equals vendor/argo/examples/${port.upstream}, document by document`, async () => {
    expect((await built(port)).map(normalizeArgo)).toEqual(upstreamDocuments(port).map(normalizeArgo));
  }, 60_000);

  // A workflow that runs a WorkflowTemplate renders only with its library, which `buildPort` checks.
  it('conforms (schema, model, import), each workflow that stands alone', async () => {
    const workflows = (await exportedDocuments(port.file)).flatMap((d) =>
      isWorkflow(d.value) && d.value.node.workflowTemplateRef === undefined ? [d.value] : [],
    );
    expect(workflows.flatMap((wf) => conformance(wf))).toEqual([]);
  }, 60_000);
});

describe('the comparison', () => {
  it('notices a difference (it is not vacuous)', async () => {
    const port = byFile('dag-diamond.ts');
    const [ours] = await built(port);
    ours.spec.templates[0].dag.tasks[3].depends = 'B';
    expect(normalizeArgo(ours)).not.toEqual(normalizeArgo(upstreamDocuments(port)[0]));
  });

  it('notices a difference inside a manifest (text is compared by content, not ignored)', async () => {
    const port = byFile('upstream/k8s-jobs.ts');
    const [ours] = await built(port);
    ours.spec.templates[0].resource.manifest = ours.spec.templates[0].resource.manifest.replace('completions: 3', 'completions: 4');
    expect(normalizeArgo(ours)).not.toEqual(normalizeArgo(upstreamDocuments(port)[0]));
  });

  it('compares JSON parameter values as JSON: spacing aside, a different list differs', () => {
    const arg = (value: string) => normalizeArgo({ parameters: [{ name: 'l', value }] });
    expect(arg('[ {"a": 1} ]\n')).toEqual(arg('[{"a":1}]'));
    expect(arg('[{"a": 2}]')).not.toEqual(arg('[{"a":1}]'));
    expect(arg('[ x')).not.toEqual(arg('[x'));
  });

  it('compares expr-lang expressions with either quote: a different literal or variable differs', () => {
    const hook = (expression: string) => normalizeArgo({ hooks: { running: { template: 'http', expression } } });
    expect(hook('steps["step-1"].status == "Running"')).toEqual(hook("steps['step-1'].status == 'Running'"));
    expect(hook('steps["step-1"].status == "Running"')).not.toEqual(hook("steps['step-1'].status == 'Succeeded'"));
    expect(hook('steps["step-1"].status == "Running"')).not.toEqual(hook("steps['step-2'].status == 'Running'"));
    expect(hook(`x == "it's"`)).not.toEqual(hook(`x == 'its'`));
  });
});
