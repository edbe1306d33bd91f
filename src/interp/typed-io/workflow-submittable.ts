/**
 * Wires a DSL workflow into an interpreter that runs it (the client, the local runner): run-time params
 * become workflow arguments in the AST (encoded with the entrypoint's input codecs), then the workflow is
 * compiled — and validated, since every argument is now known — into the manifest; the entrypoint's
 * output codecs type the results.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { Problem } from '../../core/problem.js';
import { encodeParam } from '../../core/param-encoding.js';
import type { ArgNode, NamedParam, TemplateNode } from '../../core/template-node.js';
import type { Workflow } from '../../core/workflow.js';
import { compileDocument, renderDocument, type DocumentManifest } from '../manifest/document-interpreter.js';
import type { ArgoManifest } from './argo-manifest.js';
import type { Codec, CodecsOf, Submittable } from './submittable.js';

const codecs = (params: ReadonlyArray<NamedParam>): Record<string, Codec<unknown>> => {
  const out: Record<string, Codec<unknown>> = {};
  for (const { name, param } of params) {
    out[name] = param.codec;
    // A global output is reported in status.outputs under its global name.
    if (param.globalName !== undefined) out[param.globalName] = param.codec;
  }
  return out;
};

/** The template a run starts at: the entrypoint, or that of the WorkflowTemplate it runs. */
const startOf = (wf: Workflow<unknown, unknown>): TemplateNode | undefined => wf.node.entrypoint ?? wf.node.workflowTemplateRef?.entrypoint;

/** The start template's output parameters, plus `result` (its stdout) when it declares one. */
export const outputCodecsOf = (wf: Workflow<unknown, unknown>): Readonly<Record<string, Codec<unknown>>> => {
  const { outputs = [], result = undefined } = startOf(wf) ?? {};
  return { ...codecs(outputs), ...(result === undefined ? {} : { result: result.codec }) };
};

/** What `-p` may set: the start template's inputs, and the globals of the WorkflowTemplate a workflow runs. */
export const inputCodecsOf = (wf: Workflow<unknown, unknown>): Readonly<Record<string, Codec<unknown>>> =>
  codecs([...(wf.node.workflowTemplateRef?.globals ?? []), ...(startOf(wf)?.inputs ?? [])]);

/**
 * The workflow with `params` as its arguments (replacing those of the same name). A value the
 * input's codec does not accept is a problem; an unknown name is left for the compiler to report.
 */
export const withArguments = <I, O>(
  wf: Workflow<I, O>,
  params: Readonly<Record<string, unknown>>,
): E.Either<ReadonlyArray<Problem>, Workflow<I, O>> => {
  const inputs = inputCodecsOf(wf as Workflow<unknown, unknown>);
  const problems: Array<Problem> = [];
  const given: Array<ArgNode> = [];
  for (const [name, value] of Object.entries(params)) {
    const encoded = encodeParam(value, Object.hasOwn(inputs, name) ? inputs[name] : undefined);
    if (E.isLeft(encoded)) problems.push({ path: `spec.arguments.parameters.${name}`, message: `parameter '${name}' ${encoded.left}` });
    else given.push({ name, value: encoded.right, refs: [] });
  }
  if (problems.length > 0) return E.left(problems);
  if (given.length === 0) return E.right(wf);
  const names = new Set(given.map((a) => a.name));
  const node = { ...wf.node, arguments: [...wf.node.arguments.filter((a) => !names.has(a.name)), ...given] };
  return E.right({ ...wf, node });
};

/**
 * What `client.submit` sends. `validate: false` renders without Argo's rules, for a server-side lint.
 * The WorkflowTemplates a workflow calls or runs are known from their values, so their refs are checked.
 */
export const submittableOf = <I, O>(
  wf: Workflow<I, O>,
  params: Readonly<Record<string, unknown>> = {},
  o: { readonly validate?: boolean } = {},
): E.Either<ReadonlyArray<Problem>, Submittable<O, I>> =>
  E.flatMap(withArguments(wf, params), (withArgs) => {
    const any = wf as Workflow<unknown, unknown>;
    const rendered = o.validate === false ? renderDocument(withArgs as Workflow<unknown, unknown>) : compileDocument(withArgs as Workflow<unknown, unknown>);
    return E.map(
      (manifest: DocumentManifest): Submittable<O, I> => ({
        manifest: manifest as ArgoManifest,
        outputCodecs: outputCodecsOf(any) as unknown as CodecsOf<O>,
        inputCodecs: inputCodecsOf(any) as unknown as CodecsOf<I>,
        outputArtifacts: (startOf(any)?.outputArtifacts ?? []).flatMap(({ name, artifact }) =>
          artifact.fields.globalName === undefined ? [name] : [name, artifact.fields.globalName],
        ),
      }),
    )(rendered);
  });
