import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { ScriptTemplatePatch } from '../core/patch.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { ScriptNode } from '../core/template-node.js';
import { isRef, makeScope, type RefSource } from '../typed-refs/ref.js';
import {
  leafBase,
  namedParams,
  renderStrings,
  resolveFromInputs,
  type FromInputs,
  type LeafOutputs,
  type LeafSpec,
  type Strings,
} from './template-spec.js';

/** @category model */
export interface ScriptSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends LeafSpec<P, Q, R> {
  readonly command?: FromInputs<P, Strings>;
  /** The program text; a callback gets input refs to interpolate (`${i.n}`). */
  readonly source: FromInputs<P, string>;
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
  const scope = makeScope(spec.name);
  const inputs = namedParams(spec.inputs);
  const refs: RefSource[] = [];
  const source = resolveFromInputs(spec.source, scope, inputs);
  if (isRef(source)) refs.push(source.source);
  const command = spec.command && renderStrings(resolveFromInputs(spec.command, scope, inputs), refs);
  const node: ScriptNode = {
    kind: 'Script',
    ...leafBase(spec, scope, inputs, refs),
    image: spec.image,
    source: String(source),
    ...(command !== undefined && { command }),
    ...(spec.patch !== undefined && { patch: spec.patch }),
  };
  return makeTemplate(node);
};
