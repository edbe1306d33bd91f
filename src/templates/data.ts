import type { Data as ArgoData } from '../argo-model/generated/argo-types.js';
import type { DataNode } from '../core/data-node.js';
import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { TemplatePatch } from '../core/patch.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { RefAware } from '../typed-refs/ref-aware.js';
import { fieldNames, type FromInputs, type TemplateFields } from './template-fields.js';
import { templateBuilder, type BaseSpec, type LeafOutputs } from './template-spec.js';

/** @category model */
export interface DataSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends BaseSpec<P, Q, R>,
    TemplateFields<P> {
  readonly source: FromInputs<P, RefAware<ArgoData['source']>>;
  readonly transformation: FromInputs<P, RefAware<ArgoData['transformation']>>;
  /** The type of the transformed data, read back as `X.out.result`. */
  readonly result?: R;
  /** The escape hatch for fields newer than the model; it may not set what tiphys builds. */
  readonly patch?: FromInputs<P, TemplatePatch>;
}

const DATA_FIELDS = fieldNames<ArgoData>({ source: true, transformation: true });

/**
 * A template that lists a source (artifact paths) and transforms it with expressions.
 *
 * @example
 * ```ts
 * const logs = data({
 *   name: 'filter',
 *   source: { artifactPaths: { name: 'logs', s3: { bucket: 'logs' } } },
 *   transformation: [{ expression: 'filter(data, {# endsWith "main.log"})' }],
 *   result: param.json(t.array(t.string)),
 * });
 * // - name: filter
 * //   data:
 * //     source: {artifactPaths: {name: logs, s3: {bucket: logs}}}
 * //     transformation:
 * //     - expression: filter(data, {# endsWith "main.log"})
 * ```
 * @category constructors
 */
export const data = <
  const P extends ParamRecord = {},
  const Q extends ParamRecord = {},
  R extends AnyParam | undefined = undefined,
>(
  spec: DataSpec<P, Q, R>,
): Template<InputsOf<P>, LeafOutputs<Q, R>> => {
  const b = templateBuilder(spec);
  const node: DataNode = {
    kind: 'Data',
    data: b.pick(DATA_FIELDS) as unknown as ArgoData,
    ...b.base(DATA_FIELDS),
  };
  return makeTemplate(node);
};
