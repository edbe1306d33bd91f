import { isArtifact, makeArtifact, needsArgument, type ArtifactArgNode } from '../core/artifact.js';
import type { ArgNode, TemplateNode } from '../core/template-node.js';
import { isRef } from '../typed-refs/ref.js';
import { stringsIn } from '../typed-refs/ref-aware.js';

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

/** The artifact values of a WorkflowTemplate's arguments, in order (Argo `spec.arguments.artifacts`); `undefined` when none. */
export const artifactValues = (args: Readonly<Record<string, unknown>>): ReadonlyArray<ArtifactArgNode> | undefined => {
  const out = Object.entries(args).flatMap(([name, value]) => (isArtifact(value) ? [Object.freeze({ name, value })] : []));
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

const NO_REFS: ArgNode['refs'] = Object.freeze([]);

/**
 * A call's parameter arguments and its artifact arguments, which is what its dependencies read: an
 * artifact's typed refs (its `from`, refs in its location), and apart from them the text of its fields,
 * where a template string may name other calls (`key: \`${g.out.name}.txt\``).
 */
export const argumentsRead = (
  params: ReadonlyArray<ArgNode>,
  artifacts: ReadonlyArray<ArtifactArgNode> | undefined,
): ReadonlyArray<ArgNode> =>
  artifacts === undefined
    ? params
    : [
        ...params,
        ...artifacts.flatMap(({ name, value }) => [
          { name, value: '', refs: value.refs },
          { name, value: stringsIn(value.fields).join(' '), refs: NO_REFS },
        ]),
      ];
