// Every Argo template field tiphys does not build itself, as a typed, ref-aware option of each builder.
// Type-only imports of the model: the DSL never loads its io-ts codecs.
import type { Template as ArgoTemplate } from '../argo-model/generated/argo-types.js';
import type { Container as ArgoContainer } from '../argo-model/generated/k8s-types.js';
import type { InputsOf, OutputsOf } from '../core/param.js';
import type { OwnedTemplateField } from '../core/patch.js';
import type { InputRefs, OwnOutputRefs, Ref } from '../typed-refs/ref.js';
import type { RefAware } from '../typed-refs/ref-aware.js';
import type { EnvRecord } from './env.js';

/**
 * A value given directly or computed from the template's input refs (and, second, its own output
 * artifacts, for their `path`).
 * @category type-level
 */
export type FromInputs<P, A, Q = {}> =
  | A
  | ((inputs: InputRefs<InputsOf<P>>, outputs: OwnOutputRefs<OutputsOf<Q>>) => A);

/**
 * The fields of the model type `T` as options: each optional, ref-aware (`RefAware`), and each may be
 * a function of the template's input refs (`timeout: (i) => i.timeout`).
 * @category type-level
 */
export type FieldOptions<P, T, Q = {}> = {
  readonly [K in keyof T]?: FromInputs<P, RefAware<Exclude<T[K], undefined>>, Q>;
};

/**
 * Argo `Template` fields of every kind (`timeout`, `nodeSelector`, `podSpecPatch`, `synchronization`,
 * `memoize`, `sidecars`, `volumes`, ...), named as in Argo. What tiphys builds itself (name, parameters,
 * the body) is not among them.
 * @category model
 */
export type TemplateFields<P, Q = {}> = FieldOptions<P, Omit<ArgoTemplate, OwnedTemplateField | 'podSpecPatch'>, Q> & {
  /** A patch of the pod spec: Argo's JSON or YAML text, or an object (rendered as JSON). */
  readonly podSpecPatch?: FromInputs<P, string | Ref<string> | PodSpecPatch, Q>;
};

/**
 * A strategic merge patch of the pod spec as an object: containers (matched by `name`) typed from the
 * model, ref-aware; any other pod field free-form (the model has no PodSpec).
 * @category model
 */
export interface PodSpecPatch {
  readonly containers?: ReadonlyArray<PatchedContainer>;
  readonly initContainers?: ReadonlyArray<PatchedContainer>;
  readonly [podField: string]: unknown;
}

/** A container in a pod spec patch: its name, and the fields to change. @category model */
export type PatchedContainer = RefAware<Partial<ArgoContainer>> & { readonly name: string };

/** Container fields the leaf builders set from their own options. @category model */
export type OwnedContainerField = 'name' | 'image' | 'command' | 'args' | 'env';

/**
 * Kubernetes `Container` fields of a leaf (`volumeMounts`, `resources`, `readinessProbe`, `workingDir`,
 * ...), rendered into its `container`/`script`; `env` is a record (`EnvRecord`).
 * @category model
 */
export type ContainerFields<P, Q = {}> = FieldOptions<P, Omit<ArgoContainer, OwnedContainerField>, Q> & {
  /** Environment variables by name: literals, refs, `secretKey(...)`, `configMapKey(...)`, `fieldRef(...)`. */
  readonly env?: FromInputs<P, EnvRecord, Q>;
};

/**
 * The fields of a template that runs one container: its container's fields and the template's. Both
 * Argo types have a `securityContext`: here it is the container's; the pod's is `podSecurityContext`.
 * @category model
 */
export interface LeafFields<P, Q = {}> extends ContainerFields<P, Q>, Omit<TemplateFields<P, Q>, 'securityContext'> {
  /** The template's (pod-level) `securityContext`. */
  readonly podSecurityContext?: TemplateFields<P, Q>['securityContext'];
}

/**
 * The names of a model type's fields, from a record that must list each one: a field the model gains
 * fails to compile here instead of being routed to the wrong place at run time.
 */
export type FieldSet<T> = { readonly [K in keyof T]-?: true };

export const fieldNames = <T>(set: FieldSet<T>): ReadonlySet<string> => new Set(Object.keys(set));

/** Every container field a leaf renders into its body, `env` aside. */
export const CONTAINER_FIELDS = fieldNames<Omit<ArgoContainer, OwnedContainerField>>({
  envFrom: true,
  imagePullPolicy: true,
  lifecycle: true,
  livenessProbe: true,
  ports: true,
  readinessProbe: true,
  resizePolicy: true,
  resources: true,
  restartPolicy: true,
  restartPolicyRules: true,
  securityContext: true,
  startupProbe: true,
  stdin: true,
  stdinOnce: true,
  terminationMessagePath: true,
  terminationMessagePolicy: true,
  tty: true,
  volumeDevices: true,
  volumeMounts: true,
  workingDir: true,
});
