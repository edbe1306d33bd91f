import type { Plugin as ArgoPlugin } from '../argo-model/generated/argo-types.js';
import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { TemplatePatch } from '../core/patch.js';
import type { PluginNode } from '../core/plugin-node.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { ManifestValue } from './resource.js';
import type { FromInputs, TemplateFields } from './template-fields.js';
import { templateBuilder, type BaseSpec, type LeafOutputs } from './template-spec.js';

/** @category model */
export interface PluginSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends BaseSpec<P, Q, R>,
    TemplateFields<P> {
  /** The plugin's free-form configuration, keyed by plugin name; any string in it may be a ref. */
  readonly plugin: FromInputs<P, { readonly [plugin: string]: ManifestValue }>;
  /** The type of the plugin's `result`, read back as `X.out.result`. */
  readonly result?: R;
  /** The escape hatch for fields newer than the model; it may not set what tiphys builds. */
  readonly patch?: FromInputs<P, TemplatePatch>;
}

const OWN: ReadonlySet<string> = new Set(['plugin']);

/**
 * A template run by an executor plugin.
 *
 * @example
 * ```ts
 * const hello = plugin({ name: 'hello', plugin: { hello: { greeting: 'hi' } } });
 * // - name: hello
 * //   plugin:
 * //     hello:
 * //       greeting: hi
 * ```
 * @category constructors
 */
export const plugin = <
  const P extends ParamRecord = {},
  const Q extends ParamRecord = {},
  R extends AnyParam | undefined = undefined,
>(
  spec: PluginSpec<P, Q, R>,
): Template<InputsOf<P>, LeafOutputs<Q, R>> => {
  const b = templateBuilder(spec);
  const node: PluginNode = {
    kind: 'Plugin',
    plugin: b.value(spec.plugin) as ArgoPlugin,
    ...b.base(OWN),
  };
  return makeTemplate(node);
};
