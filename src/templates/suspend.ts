import type { InputsOf, OutputsOf, ParamRecord } from '../core/param.js';
import type { SuppliedOf, SuspendTemplate } from '../core/suspend-template.js';
import type { TemplatePatch } from '../core/patch.js';
import type { SuspendNode } from '../core/suspend-node.js';
import { makeTemplate } from '../core/template.js';
import type { Ref } from '../typed-refs/ref.js';
import type { FromInputs, TemplateFields } from './template-fields.js';
import { templateBuilder, type BaseSpec } from './template-spec.js';

/** @category model */
export interface SuspendSpec<P extends ParamRecord, Q extends ParamRecord> extends BaseSpec<P, Q>, TemplateFields<P> {
  /** How long to wait before resuming by itself: seconds (`'20'`) or a duration (`'2m'`, `'6h'`). */
  readonly duration?: FromInputs<P, string | Ref<string> | Ref<number>>;
  /** The escape hatch for fields newer than the model; it may not set what tiphys builds. */
  readonly patch?: FromInputs<P, TemplatePatch>;
}

const OWN: ReadonlySet<string> = new Set(['duration']);

/**
 * A template that pauses the workflow until it is resumed (or `duration` passes). Outputs declared
 * with `supplied: true` are given when resuming: `client.resume(run, approve, { decision: 'YES' })`
 * checks their names and types, `tiphys resume <wf> --node approve -p decision=YES` their names and enums.
 *
 * @example
 * ```ts
 * const approve = suspend({
 *   name: 'approve',
 *   duration: '20m',
 *   outputs: { decision: param.enumWithDefault(['YES', 'NO'], 'NO', { supplied: true }) },
 * });
 * // - name: approve
 * //   outputs:
 * //     parameters:
 * //     - name: decision
 * //       enum: [YES, NO]     (as `enum` on the parameter)
 * //       valueFrom: {supplied: {}, default: NO}
 * //   suspend:
 * //     duration: 20m
 * ```
 * @category constructors
 */
export const suspend = <const P extends ParamRecord = {}, const Q extends ParamRecord = {}>(
  spec: SuspendSpec<P, Q>,
): SuspendTemplate<InputsOf<P>, OutputsOf<Q>, SuppliedOf<Q>> => {
  const b = templateBuilder(spec);
  const duration = b.value(spec.duration);
  const node: SuspendNode = {
    kind: 'Suspend',
    ...b.base(OWN),
    ...(duration !== undefined && { duration: String(duration) }),
  };
  return makeTemplate(node) as SuspendTemplate<InputsOf<P>, OutputsOf<Q>, SuppliedOf<Q>>;
};
