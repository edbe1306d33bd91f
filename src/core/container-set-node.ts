import type { ContainerSetRetryStrategy } from '../argo-model/generated/argo-types.js';
import type { VolumeMount } from '../argo-model/generated/k8s-types.js';
import type { ContainerFieldValues } from './container-fields.js';
import type { Scope } from './scope.js';
import type { TemplateBase } from './template-node.js';

/** One container of a container set. @category model */
export interface ContainerSetMember {
  readonly name: string;
  readonly image: string;
  readonly command?: ReadonlyArray<string>;
  readonly args?: ReadonlyArray<string>;
  /** The containers that must finish first, with the set each handle came from. */
  readonly dependencies: ReadonlyArray<{ readonly name: string; readonly scope: Scope }>;
  readonly containerFields?: ContainerFieldValues;
}

/** Several containers in one pod, run as a graph: Argo's `containerSet`. @category model */
export interface ContainerSetNode extends TemplateBase {
  readonly kind: 'ContainerSet';
  readonly containers: ReadonlyArray<ContainerSetMember>;
  readonly volumeMounts?: ReadonlyArray<VolumeMount>;
  /** The set's own retry of failed containers (the template's `retryStrategy` is separate). */
  readonly containerRetryStrategy?: ContainerSetRetryStrategy;
}
