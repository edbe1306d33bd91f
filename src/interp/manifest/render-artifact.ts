import { argoArtifact, needsArgument, type ArtifactArgNode, type NamedArtifact } from '../../core/artifact.js';
import type { Problem } from '../../core/problem.js';
import type { CallNode, TemplateNode } from '../../core/template-node.js';
import type { Artifact } from '../../argo-model/generated/argo-types.js';
import { hasTag } from '../../core/tag-scanner.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';

/** Declared artifacts in Argo's form. */
export const renderArtifacts = (as: ReadonlyArray<NamedArtifact> | undefined): ReadonlyArray<Artifact> =>
  as?.map((a) => argoArtifact(a.name, a.artifact.fields)) ?? [];

/** Fields of Argo's `Artifact` that only say how an output is saved or published; an input ignores them. */
const OUTPUT_ONLY: ReadonlyArray<keyof Artifact> = ['archive', 'archiveLogs', 'artifactGC', 'deleted', 'from', 'fromExpression', 'globalName'];

/**
 * Input artifacts with output-only fields (`archive`, `globalName`, `fromExpression`, ...): Argo would
 * drop them silently, so each is a problem naming the field.
 */
export const checkInputArtifacts = (t: TemplateNode, problems: Problem[]): void => {
  for (const { name, artifact } of t.inputArtifacts ?? []) {
    const fields = artifact.fields as Readonly<Record<string, unknown>>;
    for (const f of OUTPUT_ONLY.filter((k) => fields[k] !== undefined)) {
      problems.push({
        template: t.name,
        path: `inputs.artifacts.${name}.${f}`,
        message: `input artifact '${name}' has ${f}, which only applies to outputs (how a result is saved or published); remove it, or declare the artifact under outputs`,
      });
    }
  }
};

/**
 * Output artifacts of a leaf template (one that runs something) with `from` or `fromExpression`: Argo
 * saves a leaf's outputs from their `path` and reads those fields only on a dag's or steps' outputs, so
 * each is a problem naming the field.
 */
export const checkLeafOutputArtifacts = (t: TemplateNode, problems: Problem[]): void => {
  for (const { name, artifact } of t.outputArtifacts ?? []) {
    for (const f of (['from', 'fromExpression'] as const).filter((k) => artifact.fields[k] !== undefined)) {
      problems.push({
        template: t.name,
        path: `outputs.artifacts.${name}.${f}`,
        message: `output artifact '${name}' has ${f}, which Argo reads only on a dag's or steps' outputs (set there with outputs({ ${name}: ... })); a template that runs something saves its artifact from its path`,
      });
    }
  }
};

/** Artifact arguments in Argo's form (`{name, from}` or `{name, <location>}`). */
export const renderArtifactArgs = (as: ReadonlyArray<ArtifactArgNode> | undefined): ReadonlyArray<Artifact> =>
  as?.map((a) => argoArtifact(a.name, a.value.fields)) ?? [];

/**
 * Every artifact input without a location of its own is passed, every artifact argument names one and
 * is an artifact. `where` is `arguments` for a call, `spec.arguments` for a workflow.
 */
export const checkArtifactArguments = (
  given: ReadonlyArray<ArtifactArgNode> | undefined,
  target: TemplateNode,
  at: { readonly template?: string; readonly task?: string; readonly where: string; readonly undefinedArgs?: ReadonlyArray<string> },
  problems: Problem[],
): void => {
  const { where, undefinedArgs, ...loc } = at;
  for (const { name, artifact } of target.inputArtifacts ?? []) {
    if (needsArgument(artifact) && !given?.some((a) => a.name === name)) {
      problems.push({
        ...loc,
        path: `${where}.artifacts.${name}`,
        message: undefinedArgs?.includes(name)
          ? `artifact '${name}' of template '${target.name}' was given undefined; a ref to an output that does not exist (a misspelled name) reads as undefined`
          : `missing required artifact '${name}' of template '${target.name}'; pass one, or give the input a location or \`optional: true\``,
      });
    }
  }
  for (const a of given ?? []) {
    if (a.invalid !== undefined) {
      problems.push({ ...loc, path: `${where}.artifacts.${a.name}`, message: `artifact '${a.name}' of template '${target.name}' ${a.invalid}` });
    }
  }
};

/** The artifact arguments of a call that hold refs, typed or in text (`from`, a location's `{{item}}`), for the ref checks. */
export const artifactRefs = (c: CallNode): ReadonlyArray<ArtifactArgNode> =>
  c.artifacts?.filter((a) => a.value.refs.length > 0 || stringsIn(a.value.fields).some(hasTag)) ?? [];
