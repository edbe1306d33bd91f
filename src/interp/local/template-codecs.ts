// The codecs of a tiphys workflow's templates, by template name: implementations take decoded inputs and
// return typed outputs, and these turn Argo's strings into values and back. A workflow read from YAML has
// none, and its implementations see and return strings.
import type { ParamCodec } from '../../core/param-codecs.js';
import { callees } from '../../core/collect-templates.js';
import type { NamedParam, TemplateNode } from '../../core/template-node.js';

/** A template's parameter codecs. @category model */
export interface TemplateCodecs {
  readonly inputs: Readonly<Record<string, ParamCodec<unknown>>>;
  readonly outputs: Readonly<Record<string, ParamCodec<unknown>>>;
  /** The declared type of `outputs.result`, when the template promises one. */
  readonly result?: ParamCodec<unknown>;
}

const byName = (params: ReadonlyArray<NamedParam>): Readonly<Record<string, ParamCodec<unknown>>> =>
  Object.fromEntries(params.map((p) => [p.name, p.param.codec]));

/**
 * Every template reachable from `roots` (a workflow's entrypoint and exit handler, or a WorkflowTemplate's
 * templates), library templates included, by template name; the first of a name wins.
 * @category destructors
 */
export const templatesByName = (roots: ReadonlyArray<TemplateNode>): ReadonlyMap<string, TemplateNode> => {
  const out = new Map<string, TemplateNode>();
  const seen = new Set<TemplateNode>();
  const stack = [...roots];
  for (let t = stack.pop(); t !== undefined; t = stack.pop()) {
    if (seen.has(t)) continue;
    seen.add(t);
    if (!out.has(t.name)) out.set(t.name, t);
    stack.push(...callees(t));
  }
  return out;
};

/**
 * The codecs of every template reachable from `roots` (`templatesByName`), by template name.
 * @category constructors
 */
export const templateCodecs = (roots: ReadonlyArray<TemplateNode>): ReadonlyMap<string, TemplateCodecs> =>
  new Map(
    [...templatesByName(roots)].map(([name, t]) => [
      name,
      { inputs: byName(t.inputs), outputs: byName(t.outputs), ...(t.result !== undefined ? { result: t.result.codec } : {}) },
    ]),
  );
