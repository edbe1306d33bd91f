import type { ResourceTemplate as ArgoResourceTemplate } from '../argo-model/generated/argo-types.js';
import type { InputsOf, OutputsOf, ParamRecord } from '../core/param.js';
import type { TemplatePatch } from '../core/patch.js';
import type { ManifestSource, ResourceNode } from '../core/resource-node.js';
import { makeTemplate, type Template } from '../core/template.js';
import { isWorkflow, type Workflow } from '../core/workflow.js';
import { isRef, type Ref } from '../typed-refs/ref.js';
import { fieldNames, type FieldOptions, type FromInputs, type TemplateFields } from './template-fields.js';
import { templateBuilder, type BaseSpec } from './template-spec.js';

/** What `kubectl` does with the manifest. @category model */
export type ResourceAction = 'get' | 'create' | 'apply' | 'delete' | 'replace' | 'patch';

/** A value inside a manifest object: JSON, where any string may be a ref. @category model */
export type ManifestValue =
  | string
  | number
  | boolean
  | null
  | Ref<unknown>
  | ReadonlyArray<ManifestValue>
  | { readonly [key: string]: ManifestValue };

/**
 * A resource template's manifest: YAML text (may hold refs), an object (any string in it may be a ref),
 * or a tiphys workflow (workflow-of-workflows); objects and workflows are rendered to YAML text.
 * @category model
 */
export type Manifest = string | Ref<string> | { readonly [key: string]: ManifestValue } | Workflow<unknown, unknown>;

/** @category model */
export interface ResourceSpec<P extends ParamRecord, Q extends ParamRecord>
  extends BaseSpec<P, Q>,
    TemplateFields<P>,
    FieldOptions<P, Omit<ArgoResourceTemplate, 'action' | 'manifest'>> {
  readonly action: ResourceAction;
  readonly manifest?: FromInputs<P, Manifest>;
  /** The escape hatch for fields newer than the model; it may not set what tiphys builds. */
  readonly patch?: FromInputs<P, TemplatePatch>;
}

/** Every field of Argo's `resource` but the manifest, which has its own forms. */
const RESOURCE_FIELDS = fieldNames<Omit<ArgoResourceTemplate, 'manifest'>>({
  action: true,
  failureCondition: true,
  flags: true,
  manifestFrom: true,
  mergeStrategy: true,
  setOwnerReference: true,
  successCondition: true,
});

const OWN: ReadonlySet<string> = new Set([...RESOURCE_FIELDS, 'manifest']);

const manifestSource = (m: unknown, value: (v: unknown) => unknown): ManifestSource => {
  if (isWorkflow(m)) return Object.freeze({ kind: 'workflow', workflow: m.node });
  if (typeof m === 'string' || isRef(m)) return Object.freeze({ kind: 'text', text: String(value(m)) });
  return Object.freeze({ kind: 'object', value: value(m) as Readonly<Record<string, unknown>> });
};

/**
 * A template that acts on a Kubernetes resource (`kubectl create|apply|delete|...`). Output
 * parameters read the resource with `jsonPath` or `jqFilter`.
 *
 * @example
 * ```ts
 * const createJob = resource({
 *   name: 'create-job',
 *   inputs: { image: param.string() },
 *   action: 'create',
 *   manifest: (i) => ({
 *     apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'pi-' },
 *     spec: { template: { spec: { containers: [{ name: 'pi', image: i.image }], restartPolicy: 'Never' } } },
 *   }),
 *   successCondition: 'status.succeeded > 0',
 *   setOwnerReference: true,
 *   outputs: { job: param.string({ jsonPath: '{.metadata.name}' }) },
 * });
 * // - name: create-job
 * //   inputs: {parameters: [{name: image}]}
 * //   outputs: {parameters: [{name: job, valueFrom: {jsonPath: '{.metadata.name}'}}]}
 * //   resource:
 * //     action: create
 * //     successCondition: status.succeeded > 0
 * //     setOwnerReference: true
 * //     manifest: |
 * //       apiVersion: batch/v1
 * //       kind: Job
 * //       ...
 * //             image: "{{inputs.parameters.image}}"
 * ```
 * @category constructors
 */
export const resource = <const P extends ParamRecord = {}, const Q extends ParamRecord = {}>(
  spec: ResourceSpec<P, Q>,
): Template<InputsOf<P>, OutputsOf<Q>> => {
  const b = templateBuilder(spec);
  // Resolved first: a workflow is told apart before refs are rendered (it is never walked as data).
  const raw = b.resolve(spec.manifest);
  const manifest = raw === undefined ? undefined : manifestSource(raw, b.value);
  const node: ResourceNode = {
    kind: 'Resource',
    resource: (b.pick(RESOURCE_FIELDS) ?? {}) as ResourceNode['resource'],
    ...(manifest !== undefined && { manifest }),
    ...b.base(OWN),
  };
  return makeTemplate(node);
};
