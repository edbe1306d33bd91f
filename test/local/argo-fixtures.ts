// Argo Workflow objects for scheduler tests, written as Argo YAML is, and a run with a recording fake.
import { parse } from 'yaml';
import type { Workflow } from '../../src/argo-model/generated/index.js';
import type { LocalOptions } from '../../src/interp/local/local-options.js';
import type { LocalRun } from '../../src/interp/local/local-run.js';
import { runLocal } from '../../src/interp/local/run-local.js';
import { fakeLeaf, type FakeLeaf, type FakeOutcomes } from './fake-leaf.js';

export const argoWorkflow = (yaml: string): Workflow => parse(yaml) as Workflow;

/** A workflow named `t` whose templates are given as YAML (indented as under `templates:`). */
export const workflowOf = (templates: string, spec = ''): Workflow =>
  argoWorkflow(`
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { name: t }
spec:
  entrypoint: main
${spec}
  templates:
${templates}
`);

/** Leaf templates tests share: `ok` succeeds, `fail` fails, `echo` returns its input `m` as its result. */
export const LEAVES = `
  - name: ok
    container: { image: alpine }
  - name: fail
    container: { image: alpine }
  - name: echo
    inputs: { parameters: [{ name: m, default: '' }] }
    container: { image: alpine, args: ['{{inputs.parameters.m}}'] }
`;

export const DEFAULT_OUTCOMES: FakeOutcomes = {
  fail: { phase: 'Failed', message: 'exit code 1' },
  echo: (r) => ({ result: r.inputs.parameters['m'] ?? '' }),
};

export const runFake = async (
  wf: Workflow,
  outcomes: FakeOutcomes = {},
  options: LocalOptions = {},
): Promise<LocalRun & { readonly leaf: FakeLeaf }> => {
  const leaf = fakeLeaf({ ...DEFAULT_OUTCOMES, ...outcomes });
  const run = await runLocal(wf, { ...options, leafRunner: leaf.runner });
  return { ...run, leaf };
};
