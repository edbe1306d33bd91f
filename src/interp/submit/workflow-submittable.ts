/**
 * Wires a DSL workflow into the client: its manifest, the codecs of the entrypoint's outputs (for
 * typed results) and of its inputs (for `params` and `-p`).
 */
import * as E from 'fp-ts/lib/Either.js';
import type { Problem } from '../../core/problem.js';
import type { NamedParam } from '../../core/template-node.js';
import type { Workflow } from '../../templates/workflow.js';
import { compileWorkflow } from '../manifest/manifest-interpreter.js';
import type { ArgoManifest } from './argo-types.js';
import type { Codec, CodecsOf, Submittable } from './typed-outputs.js';

const codecs = (params: ReadonlyArray<NamedParam>): Record<string, Codec<unknown>> => {
  const out: Record<string, Codec<unknown>> = {};
  for (const { name, param } of params) {
    out[name] = param.codec;
    // A global output is reported in status.outputs under its global name.
    if (param.globalName !== undefined) out[param.globalName] = param.codec;
  }
  return out;
};

/** Every problem of the workflow, or what `client.submit` needs. */
export const submittableOf = <I, O>(wf: Workflow<I, O>): E.Either<ReadonlyArray<Problem>, Submittable<O, I>> =>
  E.map(
    (manifest: ArgoManifest): Submittable<O, I> => ({
      manifest,
      outputCodecs: codecs(wf.node.entrypoint.outputs) as unknown as CodecsOf<O>,
      inputCodecs: codecs(wf.node.entrypoint.inputs) as unknown as CodecsOf<I>,
    }),
  )(compileWorkflow(wf as Workflow<unknown, unknown>) as E.Either<ReadonlyArray<Problem>, ArgoManifest>);
