import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { ContainerTemplatePatch } from '../core/patch.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { ContainerNode } from '../core/template-node.js';
import {
  leafBuilder,
  type FromInputs,
  type LeafOutputs,
  type LeafSpec,
  type Strings,
} from './template-spec.js';

/** @category model */
export interface ContainerSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends LeafSpec<P, Q, R> {
  readonly image: string;
  readonly command?: FromInputs<P, Strings, Q>;
  readonly args?: FromInputs<P, Strings, Q>;
  /**
   * Argo template fields tiphys does not name yet, merged into the rendered template; under
   * `container`, container fields (`env`, `resources`, ...) merged into the rendered container.
   */
  readonly patch?: ContainerTemplatePatch;
}

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
  const leaf = leafBuilder(spec);
  const command = leaf.strings(spec.command);
  const args = leaf.strings(spec.args);
  const node: ContainerNode = {
    kind: 'Container',
    ...leaf.fields(),
    image: spec.image,
    ...(command !== undefined && { command }),
    ...(args !== undefined && { args }),
    ...(spec.patch !== undefined && { patch: spec.patch }),
  };
  return makeTemplate(node);
};
