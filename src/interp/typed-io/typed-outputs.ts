/**
 * The thin adapter between the DSL and the client: a workflow is `{manifest, outputCodecs}`
 * (`toManifest(wf)` and the entrypoint's declared outputs), and results are decoded with those codecs.
 */
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import type { NodeStatus, Workflow } from '../../argo-model/generated/index.js';
import type { ArgoManifest } from './argo-manifest.js';
import type { SubmitError } from '../submit/submit-error.js';
import { encodeParam, paramText } from '../../core/param-encoding.js';
import type { ParamCodec } from '../../core/param-codecs.js';

// model

/** A parameter's codec (core's `ParamCodec`): values to and from Argo's string form. */
export type Codec<A> = ParamCodec<A>;

export type CodecsOf<O> = { readonly [K in keyof O]: Codec<O[K]> };

export interface Submittable<O = Record<string, unknown>, I = Record<string, unknown>> {
  /** A plain Argo Workflow object, e.g. `toManifest(wf)`. */
  readonly manifest: ArgoManifest;
  /** Codecs of the entrypoint's declared outputs and the workflow's global outputs. */
  readonly outputCodecs: CodecsOf<O>;
  /** Names of the entrypoint's output artifacts (and their global names), read back after the run. */
  readonly outputArtifacts?: ReadonlyArray<string>;
  /** Codecs of `spec.arguments.parameters`, used to encode `params` and to check `-p` values. */
  readonly inputCodecs?: CodecsOf<I>;
}

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

export const decodeOutputs = <O>(wf: Workflow, codecs: CodecsOf<O>): E.Either<SubmitError, O> => {
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

/**
 * Encodes each param (`encodeParam`) and sets it in `spec.arguments`;
 * entrypoint inputs the workflow left open are added there.
 */
export const withParams = (
  m: ArgoManifest,
  params: Readonly<Record<string, unknown>>,
  codecs: Readonly<Record<string, Codec<unknown>>> | undefined,
): E.Either<SubmitError, ArgoManifest> => {
  const spec = (m.spec ?? {}) as { arguments?: { parameters?: ReadonlyArray<Record<string, unknown>> } };
  const declared = spec.arguments?.parameters ?? [];
  const names = new Set([...declared.map((p) => String(p['name'])), ...Object.keys(codecs ?? {})]);
  const encoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (!names.has(name))
      return E.left({
        _tag: 'UsageFailure',
        message: `Workflow ${m.metadata.name ?? m.metadata.generateName ?? ''}: no parameter "${name}" in spec.arguments.parameters (declared: ${[...names].join(', ') || 'none'}).`,
      });
    const v = encodeParam(value, codecs !== undefined && Object.hasOwn(codecs, name) ? codecs[name] : undefined);
    if (E.isLeft(v)) return E.left({ _tag: 'UsageFailure', message: `Parameter "${name}" ${v.left}.` });
    encoded[name] = v.right;
  }
  if (Object.keys(encoded).length === 0) return E.right(m);
  const present = new Set(declared.map((p) => String(p['name'])));
  const parameters = [
    ...declared.map((p) => {
      const v = encoded[String(p['name'])];
      return v === undefined ? p : { ...p, value: v };
    }),
    ...Object.entries(encoded)
      .filter(([n]) => !present.has(n))
      .map(([name, value]) => ({ name, value })),
  ];
  return E.right({ ...m, spec: { ...(m.spec as object), arguments: { ...spec.arguments, parameters } } });
};

/** Checks `-p name=value` strings with the declared codecs before anything is sent; values stay their text. */
export const decodeParamStrings = (
  raw: ReadonlyArray<string>,
  codecs: Readonly<Record<string, Codec<unknown>>> | undefined,
): E.Either<SubmitError, Record<string, unknown>> => {
  const out: Record<string, unknown> = {};
  for (const item of raw) {
    const eq = item.indexOf('=');
    if (eq <= 0) return E.left({ _tag: 'UsageFailure', message: `-p ${item}: expected name=value.` });
    const name = item.slice(0, eq);
    const value = item.slice(eq + 1);
    // Own keys only (`-p __proto__=1` must not find Object.prototype), stored as plain data.
    const codec = codecs !== undefined && Object.hasOwn(codecs, name) ? codecs[name] : undefined;
    if (codec === undefined) {
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const decoded = codec.decode(value);
    if (E.isLeft(decoded))
      return E.left({
        _tag: 'UsageFailure',
        message: `-p ${name}=${value}: not a valid ${codec.name} (${PathReporter.report(decoded).join('; ')}). Nothing was submitted.`,
      });
    Object.defineProperty(out, name, { value: paramText(value), enumerable: true, writable: true, configurable: true });
  }
  return E.right(out);
};
