// Builds LeafRequests for the leaf runner's tests: one template, one node, in a fresh store.
import type { Template, Workflow } from '../../src/argo-model/generated/index.js';
import type { LeafRequest, LocalArtifact } from '../../src/interp/local/leaf-runner.js';
import { tempFiles } from '../support/temp-files.js';

export const workflowOf = (template: Template): Workflow => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'leaf-test' },
  spec: { entrypoint: template.name ?? 'main', templates: [template] },
});

export interface RequestOptions {
  readonly parameters?: Readonly<Record<string, string>>;
  readonly artifacts?: Readonly<Record<string, LocalArtifact>>;
  readonly signal?: AbortSignal;
  readonly attempt?: number;
}

export const leafRequest = (template: Template, o: RequestOptions = {}): LeafRequest => ({
  workflow: workflowOf(template),
  template,
  node: {
    id: `leaf-test-${template.name ?? 'main'}`,
    name: `leaf-test.${template.name ?? 'main'}`,
    displayName: template.name ?? 'main',
    templateName: template.name ?? 'main',
    attempt: o.attempt ?? 0,
  },
  inputs: { parameters: o.parameters ?? {}, artifacts: o.artifacts ?? {} },
  signal: o.signal ?? new AbortController().signal,
});

/** A fresh run store. */
export const freshStore = (): string => tempFiles('tiphys-leaf-').dir;
