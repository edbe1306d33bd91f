import { isArtifact, makeArtifact, needsArgument, type ArtifactArgNode } from '../core/artifact.js';
import type { ArgNode, TemplateNode } from '../core/template-node.js';
import { isRef } from '../typed-refs/ref.js';

const EMPTY = makeArtifact({});

/** Whether `name` is an artifact input of `t`. */
export const isArtifactInput = (t: TemplateNode, name: string): boolean =>
  t.inputArtifacts?.some((a) => a.name === name) ?? false;

/** An artifact argument: a ref renders as `from`, a location as its fields; anything else is kept as a problem. */
const artifactArg = (name: string, v: unknown): ArtifactArgNode =>
  isArtifact(v)
    ? Object.freeze({ name, value: v })
    : isRef(v)
      ? Object.freeze({ name, value: makeArtifact({ from: String(v) }, [v.source]) })
      : Object.freeze({ name, value: EMPTY, invalid: `expects an artifact, got ${JSON.stringify(v)}` });

/** The artifact arguments of a call or workflow, in the template's input order; `undefined` when none. */
export const renderArtifactArgs = (
  t: TemplateNode,
  args: Readonly<Record<string, unknown>>,
): ReadonlyArray<ArtifactArgNode> | undefined => {
  const out = (t.inputArtifacts ?? []).flatMap(({ name }) => {
    const v = args[name];
    return v === undefined ? [] : [artifactArg(name, v)];
  });
  return out.length > 0 ? Object.freeze(out) : undefined;
};

/** Required artifact inputs given as `undefined` (a misspelled ref reads as undefined). */
export const undefinedArtifacts = (t: TemplateNode, args: Readonly<Record<string, unknown>>): ReadonlyArray<string> =>
  (t.inputArtifacts ?? [])
    .filter((a) => needsArgument(a.artifact) && args[a.name] === undefined && Object.hasOwn(args, a.name))
    .map((a) => a.name);

/** Why a parameter argument is an artifact, if it is one (a literal location, or a ref to an artifact). */
export const artifactForParameter = (v: unknown): string | undefined =>
  isArtifact(v) || (isRef(v) && /(^|\.)(outputs|inputs)\.artifacts\./.test(v.expr))
    ? 'expects a parameter, got an artifact; declare the input with `artifact()` to pass artifacts'
    : undefined;

/** A call's parameter arguments and the `from` of its artifact arguments, which is what its dependencies read. */
export const argumentsRead = (
  params: ReadonlyArray<ArgNode>,
  artifacts: ReadonlyArray<ArtifactArgNode> | undefined,
): ReadonlyArray<ArgNode> =>
  artifacts === undefined
    ? params
    : [...params, ...artifacts.map((a) => ({ name: a.name, value: a.value.fields.from ?? '', refs: a.value.refs }))];
