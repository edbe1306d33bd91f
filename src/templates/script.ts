import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { ScriptTemplatePatch } from '../core/patch.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { Ref } from '../typed-refs/ref.js';
import type { ScriptNode } from '../core/template-node.js';
import { CONTAINER_KEYS, containerFields } from './container-body.js';
import { LEAF_RENAMES } from './container.js';
import type { LeafFields } from './template-fields.js';
import {
  templateBuilder,
  type FromInputs,
  type LeafOutputs,
  type LeafSpec,
  type Strings,
} from './template-spec.js';

/**
 * A script template's options: like a container's (every container and template field, typed and
 * ref-aware), plus `source`.
 * @category model
 */
export interface ScriptSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends LeafSpec<P, Q, R>,
    LeafFields<P, Q> {
  readonly image: FromInputs<P, string | Ref<string>, Q>;
  readonly command?: FromInputs<P, Strings, Q>;
  readonly args?: FromInputs<P, Strings, Q>;
  /** The program text; a callback gets input refs to interpolate (`${i.n}`). */
  readonly source: FromInputs<P, string | Ref<string>, Q>;
  /**
   * The escape hatch for fields newer than the model, merged last into the rendered template; under
   * `script`, into the rendered script. It may not set what tiphys builds (name, inputs, outputs, the
   * body): the interpreter reports an attempt.
   */
  readonly patch?: FromInputs<P, ScriptTemplatePatch>;
}

const SCRIPT_KEYS: ReadonlySet<string> = new Set([...CONTAINER_KEYS, 'source']);

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
  const b = templateBuilder(spec);
  const image = String(b.value(spec.image));
  const source = String(b.value(spec.source));
  const command = b.strings(spec.command);
  const args = b.strings(spec.args);
  const rest = containerFields(spec, b.value);
  const body = args === undefined ? rest : { ...rest, args };
  const node: ScriptNode = {
    kind: 'Script',
    ...b.base(SCRIPT_KEYS, LEAF_RENAMES),
    image,
    source,
    ...(command !== undefined && { command }),
    ...(body !== undefined && { containerFields: Object.freeze(body) }),
  };
  return makeTemplate(node);
};
