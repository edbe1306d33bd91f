import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { ContainerTemplatePatch } from '../core/patch.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { Ref } from '../typed-refs/ref.js';
import type { ContainerNode } from '../core/template-node.js';
import { CONTAINER_KEYS, containerFields } from './container-body.js';
import type { LeafFields } from './template-fields.js';
import {
  templateBuilder,
  type FromInputs,
  type LeafOutputs,
  type LeafSpec,
  type Strings,
} from './template-spec.js';

/**
 * A container template's options: its own, every Kubernetes container field (`env` as a record,
 * `volumeMounts`, `resources`, `readinessProbe`, ...) and every Argo template field (`timeout`,
 * `nodeSelector`, `sidecars`, `daemon`, ...), each typed from the model, ref-aware, and optionally a
 * function of the input refs.
 * @category model
 */
export interface ContainerSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends LeafSpec<P, Q, R>,
    LeafFields<P, Q> {
  readonly image: FromInputs<P, string | Ref<string>, Q>;
  readonly command?: FromInputs<P, Strings, Q>;
  readonly args?: FromInputs<P, Strings, Q>;
  /**
   * The escape hatch for fields newer than the model, merged last into the rendered template; under
   * `container`, into the rendered container. It may not set what tiphys builds (name, inputs,
   * outputs, the body): the interpreter reports an attempt.
   */
  readonly patch?: FromInputs<P, ContainerTemplatePatch>;
}

/** A leaf's pod-level `securityContext` option, renamed where it meets the container's. */
export const LEAF_RENAMES = Object.freeze({ podSecurityContext: 'securityContext' });

/**
 * A template that runs one container. Inputs are refs inside `command`/`args` callbacks.
 *
 * @example
 * ```ts
 * const echo = container({
 *   name: 'echo',
 *   image: 'busybox',
 *   inputs: { message: param.string() },
 *   command: (i) => ['echo', i.message],
 * });
 * // - name: echo
 * //   inputs:
 * //     parameters:
 * //     - name: message
 * //   container:
 * //     image: busybox
 * //     command: [echo, "{{inputs.parameters.message}}"]
 * ```
 * @category constructors
 */
export const container = <
  const P extends ParamRecord = {},
  const Q extends ParamRecord = {},
  R extends AnyParam | undefined = undefined,
>(
  spec: ContainerSpec<P, Q, R>,
): Template<InputsOf<P>, LeafOutputs<Q, R>> => {
  const b = templateBuilder(spec);
  const image = String(b.value(spec.image));
  const command = b.strings(spec.command);
  const args = b.strings(spec.args);
  const body = containerFields(spec, b.value);
  const node: ContainerNode = {
    kind: 'Container',
    ...b.base(CONTAINER_KEYS, LEAF_RENAMES),
    image,
    ...(command !== undefined && { command }),
    ...(args !== undefined && { args }),
    ...(body !== undefined && { containerFields: body }),
  };
  return makeTemplate(node);
};
