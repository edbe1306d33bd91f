// Implementations: a template run as a TypeScript function from decoded inputs to outputs.
import * as E from 'fp-ts/lib/Either.js';
import { isRecord } from '../../argo-model/json-value.js';
import type { LeafNode, LeafRequest, LeafResult, LocalArtifact } from './leaf-runner.js';
import { declaredOutputs, errorResult, outputText } from './leaf-outputs.js';
import { storeArtifact } from './artifact-store.js';
import type { TemplateCodecs } from './template-codecs.js';
import { abortReason } from './host-process.js';

// model

/** What an implementation function is given besides its inputs. @category model */
export interface ImplementationContext {
  readonly node: LeafNode;
  /** The input artifacts as files. */
  readonly artifacts: Readonly<Record<string, LocalArtifact>>;
  /** Aborted on timeout, deadline or stop: a long implementation should give up when it fires. */
  readonly signal: AbortSignal;
}

/**
 * A TypeScript function standing in for a leaf template: given the input parameters (decoded with the
 * template's codecs; strings for a YAML workflow), it returns the outputs by name: parameters (encoded
 * with the codecs), `result` for `outputs.result`, and artifacts as `{ path }` (a file or directory,
 * copied into the run's store) or a string (the file's text). Throwing fails the node with the error's
 * message.
 * @category model
 */
export type Implementation<I = never, O = unknown> = (inputs: I, context: ImplementationContext) => O | Promise<O>;

/** Implementations by template name. @category model */
export type LocalImplementations = Readonly<Record<string, Implementation>>;

type Settled = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown } | { readonly aborted: string };

// utils

const decodeInputs = (
  request: LeafRequest,
  codecs: TemplateCodecs | undefined,
  source: string,
): E.Either<string, Record<string, unknown>> => {
  const inputs: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(request.inputs.parameters)) {
    const codec = codecs !== undefined && Object.hasOwn(codecs.inputs, name) ? codecs.inputs[name] : undefined;
    if (codec === undefined) {
      inputs[name] = text;
      continue;
    }
    const decoded = codec.decode(text);
    if (E.isLeft(decoded))
      return E.left(`${source} cannot take input "${name}": ${decoded.left[0]?.message ?? `not a valid ${codec.name}: ${JSON.stringify(text)}`}.`);
    inputs[name] = decoded.right;
  }
  return E.right(inputs);
};

const isLocalArtifact = (u: unknown): u is LocalArtifact => isRecord(u) && typeof u['path'] === 'string';

/** Waits for the implementation, or for the abort, whichever comes first. */
const settle = (run: () => unknown, signal: AbortSignal): Promise<Settled> => {
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<Settled>((resolve) => {
    onAbort = () => resolve({ aborted: abortReason(signal) });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  const ran = Promise.resolve()
    .then(run)
    .then(
      (value): Settled => ({ ok: true, value }),
      (error: unknown): Settled => ({ ok: false, error }),
    );
  return Promise.race([ran, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
};

// destructors

export const runImplementation = async (
  implementation: Implementation<Readonly<Record<string, unknown>>>,
  request: LeafRequest,
  inputArtifacts: Readonly<Record<string, LocalArtifact>>,
  codecs: TemplateCodecs | undefined,
  store: string,
): Promise<LeafResult> => {
  const { template, node } = request;
  const source = `The implementation of template "${node.templateName}"`;
  const inputs = decodeInputs(request, codecs, source);
  if (E.isLeft(inputs)) return errorResult(inputs.left);
  const context: ImplementationContext = { node, artifacts: inputArtifacts, signal: request.signal };
  const settled = await settle(() => implementation(inputs.right, context), request.signal);
  if ('aborted' in settled) return { phase: 'Failed', message: settled.aborted, outputs: { parameters: {}, artifacts: {} } };
  if (!settled.ok)
    return {
      phase: 'Failed',
      message: settled.error instanceof Error ? settled.error.message : String(settled.error),
      outputs: { parameters: {}, artifacts: {} },
    };
  const returned = settled.value ?? {};
  if (!isRecord(returned)) return errorResult(`${source} returned ${JSON.stringify(returned)}; expected an object of outputs by name.`);
  const declaredArtifacts = new Set((template.outputs?.artifacts ?? []).map((a) => a.name));
  const declaredParams = new Set((template.outputs?.parameters ?? []).map((p) => p.name));
  const parameters: Record<string, string> = {};
  const artifacts: Record<string, LocalArtifact> = {};
  let result: string | undefined;
  for (const [name, value] of Object.entries(returned)) {
    if (value === undefined) continue;
    if (declaredArtifacts.has(name)) {
      if (!isLocalArtifact(value) && typeof value !== 'string')
        return errorResult(`${source}: output artifact "${name}" must be { path } or the file's text, got ${JSON.stringify(value)}.`);
      artifacts[name] = await storeArtifact(store, node, name, typeof value === 'string' ? { text: value } : value);
      continue;
    }
    const isResult = name === 'result' && !declaredParams.has(name);
    const codec = isResult ? codecs?.result : codecs !== undefined && Object.hasOwn(codecs.outputs, name) ? codecs.outputs[name] : undefined;
    const text = outputText(value, codec);
    if (E.isLeft(text)) return errorResult(`${source}: output "${name}" ${text.left}.`);
    if (isResult) result = text.right;
    else parameters[name] = text.right;
  }
  const outputs = declaredOutputs(template, { parameters, artifacts, ...(result !== undefined ? { result } : {}) }, source);
  return E.isLeft(outputs) ? errorResult(outputs.left) : { phase: 'Succeeded', outputs: outputs.right };
};
