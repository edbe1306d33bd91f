// examples_test.go's rule over vendor/argo/examples: every Workflow not labelled
// `workflows.argoproj.io/no-test` ends Succeeded, with every WorkflowTemplate and ClusterWorkflowTemplate
// of the examples created first. Which of them a local run can take, and why not the others.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import type { Template, Workflow } from '../../src/argo-model/generated/index.js';
import { runsArgosay } from '../../src/interp/local/argosay.js';
import type { LocalLibrary } from '../../src/interp/local/local-options.js';
import { exampleFiles } from '../support/argo-examples.js';
import { yamlDocuments } from './differential-run.js';

export interface ExampleWorkflow {
  /** `<file>` or `<file>#<n>` for the n-th workflow of a multi-document file. */
  readonly key: string;
  readonly workflow: Workflow;
}

export interface ExampleCorpus {
  /** YAML files read. */
  readonly files: number;
  readonly workflows: ReadonlyArray<ExampleWorkflow>;
  readonly libraries: ReadonlyArray<LocalLibrary>;
}

/** Every example Workflow, and every template library the Go test applies before submitting them. */
export const exampleCorpus = (): ExampleCorpus => {
  const workflows: ExampleWorkflow[] = [];
  const libraries: LocalLibrary[] = [];
  const files = exampleFiles();
  for (const f of files) {
    const docs = yamlDocuments(f.text, f.name);
    const wfs = docs.filter((d) => d.kind === 'Workflow');
    wfs.forEach((w, i) => workflows.push({ key: wfs.length > 1 ? `${f.name}#${i + 1}` : f.name, workflow: w as unknown as Workflow }));
    for (const d of docs) if (d.kind === 'WorkflowTemplate' || d.kind === 'ClusterWorkflowTemplate') libraries.push(d as unknown as LocalLibrary);
  }
  return { files: files.length, workflows, libraries };
};

const onPath = new Map<string, boolean>();
/** Whether a program (or `python` as `python3`) runs on this machine, as the host runner resolves it. */
const available = (command: string): boolean => {
  const name = basename(command) === 'python' ? 'python3' : basename(command);
  if (!onPath.has(name)) {
    let found: boolean;
    try {
      execFileSync('sh', ['-c', `command -v "${name}"`], { stdio: 'ignore' });
      found = true;
    } catch {
      found = false;
    }
    onPath.set(name, found);
  }
  return onPath.get(name) ?? false;
};

/** Why a leaf template cannot run on this machine without a mock, or undefined. */
const leafRefusal = (t: Template): string | undefined => {
  if (t.resource !== undefined) return `needs a real Kubernetes API: resource ${t.resource.action}`;
  if (t.http !== undefined) return `needs a network service: an http template calls ${t.http.url}`;
  if (t.plugin !== undefined) return 'needs an executor plugin installed in the cluster';
  if (t.containerSet !== undefined) return 'a containerSet template runs locally only through a mock, which would decide its phase by itself';
  if (t.data !== undefined) return 'a data template transforms a bucket listing (runs locally only through a mock)';
  if (t.suspend !== undefined && t.suspend.duration === undefined) return 'a suspend without duration waits for someone to resume it';
  const main = t.container ?? t.script;
  if (main === undefined) return undefined;
  if ((t.sidecars ?? []).length > 0) return 'sidecars are not started locally (its main container waits on one)';
  const fromCluster = (t.inputs?.parameters ?? []).find((p) => p.valueFrom?.configMapKeyRef !== undefined);
  if (fromCluster !== undefined) return `needs a real Kubernetes API: input '${fromCluster.name}' is read from a ConfigMap`;
  for (const a of t.inputs?.artifacts ?? []) {
    const from = (['s3', 'gcs', 'git', 'http', 'artifactory', 'hdfs', 'oss', 'azure'] as const).find((k) => a[k] !== undefined);
    if (from !== undefined) return `needs a network service: input artifact '${a.name}' comes from ${from}`;
  }
  if (runsArgosay(main)) return undefined;
  const command = main.command?.[0];
  if (command === undefined) return `image ${main.image} runs its own entrypoint (no command), which this machine does not have`;
  if (command.includes('{{')) return undefined;
  return available(command) ? undefined : `image ${main.image}'s command '${command}' is not on this machine`;
};

/** Why an example is out of the local check's scope, or undefined when every leaf it has can run here. */
export const exampleRefusal = (w: Workflow): string | undefined => {
  const noTest = w.metadata.labels?.['workflows.argoproj.io/no-test'];
  if (noTest !== undefined) return `labelled workflows.argoproj.io/no-test (Argo's rule skips it): ${noTest}`;
  if (w.spec.workflowTemplateRef !== undefined) return undefined;
  const fromCluster = (w.spec.arguments?.parameters ?? []).find((p) => p.valueFrom?.configMapKeyRef !== undefined);
  if (fromCluster !== undefined) return `needs a real Kubernetes API: parameter '${fromCluster.name}' is read from a ConfigMap`;
  for (const t of w.spec.templates ?? []) {
    const why = leafRefusal(t);
    if (why !== undefined) return `template '${t.name ?? ''}': ${why}`;
  }
  return undefined;
};
