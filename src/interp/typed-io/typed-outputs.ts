/** A finished workflow's outputs, read from its status and decoded with the declared codecs. */
import * as E from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import type { NodeStatus, Workflow } from '../../argo-model/generated/index.js';
import type { Codec, CodecsOf } from './submittable.js';
import type { OutputDecodeFailure } from './typed-io-error.js';

// utils

/** Argo names the entrypoint's node after the workflow. */
export const rootNode = (wf: Workflow): NodeStatus | undefined =>
  wf.metadata.name === undefined ? undefined : wf.status?.nodes?.[wf.metadata.name];

/** Raw output values: the entrypoint node's `result` and output parameters, then global outputs on top. */
export const rawOutputs = (wf: Workflow): Readonly<Record<string, string | undefined>> => {
  const out: Record<string, string | undefined> = {};
  const root = rootNode(wf);
  if (root?.outputs?.result !== undefined) out['result'] = root.outputs.result;
  for (const p of root?.outputs?.parameters ?? []) out[p.name] = p.value;
  for (const p of wf.status?.outputs?.parameters ?? []) out[p.name] = p.value;
  return out;
};

export const decodeOutputs = <O>(wf: Workflow, codecs: CodecsOf<O>): E.Either<OutputDecodeFailure, O> => {
  const raw = rawOutputs(wf);
  const out: Record<string, unknown> = {};
  for (const [name, codec] of Object.entries(codecs) as ReadonlyArray<[string, Codec<unknown>]>) {
    const value = raw[name];
    const decoded = codec.decode(value);
    if (E.isLeft(decoded)) {
      return E.left({
        _tag: 'OutputDecodeFailure',
        workflow: wf.metadata.name ?? '(unnamed)',
        output: name,
        raw: value,
        message:
          value === undefined
            ? `the workflow declares it but the server reported no value (phase ${wf.status?.phase ?? 'unknown'})`
            : PathReporter.report(decoded).join('; '),
      });
    }
    out[name] = decoded.right;
  }
  return E.right(out as O);
};
