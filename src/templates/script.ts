import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { ScriptTemplatePatch } from '../core/patch.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { ScriptNode } from '../core/template-node.js';
import {
  leafBuilder,
  type FromInputs,
  type LeafOutputs,
  type LeafSpec,
  type Strings,
} from './template-spec.js';

/** @category model */
export interface ScriptSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends LeafSpec<P, Q, R> {
  readonly image: string;
  readonly command?: FromInputs<P, Strings, Q>;
  /** The program text; a callback gets input refs to interpolate (`${i.n}`). */
  readonly source: FromInputs<P, string, Q>;
  /**
   * Argo template fields tiphys does not name yet, merged into the rendered template; under
   * `script`, script fields (`env`, `resources`, ...) merged into the rendered script.
   */
  readonly patch?: ScriptTemplatePatch;
}

/**
 * A template that runs `source` with the image's interpreter. Declare `result` to read its stdout typed.
 *
 * @example
 * ```ts
 * const randomInt = script({
 *   name: 'gen-random-int',
 *   image: 'python:alpine3.6',
 *   command: ['python'],
 *   source: 'import random\nprint(random.randint(1, 100))',
 *   result: param.number(),
 * });
 * // - name: gen-random-int
 * //   script:
 * //     image: python:alpine3.6
 * //     command: [python]
 * //     source: |
 * //       import random
 * //       print(random.randint(1, 100))
 * ```
 * @category constructors
 */
export const script = <
  const P extends ParamRecord = {},
  const Q extends ParamRecord = {},
  R extends AnyParam | undefined = undefined,
>(
  spec: ScriptSpec<P, Q, R>,
): Template<InputsOf<P>, LeafOutputs<Q, R>> => {
  const leaf = leafBuilder(spec);
  const source = leaf.resolve(spec.source);
  const command = leaf.strings(spec.command);
  const node: ScriptNode = {
    kind: 'Script',
    ...leaf.fields(),
    image: spec.image,
    source: String(source),
    ...(command !== undefined && { command }),
    ...(spec.patch !== undefined && { patch: spec.patch }),
  };
  return makeTemplate(node);
};
