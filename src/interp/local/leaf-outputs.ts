// What a leaf produced, checked against what its template declares: the one check behind mocks,
// implementations and host commands, so each way of running a leaf ends with the same outputs.
import * as E from 'fp-ts/lib/Either.js';
import type { Template } from '../../argo-model/generated/index.js';
import { encodeParam } from '../../core/param-encoding.js';
import type { ParamCodec } from '../../core/param-codecs.js';
import type { LeafOutputs, LeafResult, LocalArtifact } from './leaf-runner.js';

/** Outputs as a mock, an implementation or a process gave them, before the declarations are applied. */
export interface GivenOutputs {
  readonly parameters: Readonly<Record<string, string>>;
  readonly artifacts: Readonly<Record<string, LocalArtifact>>;
  readonly result?: string;
  readonly exitCode?: string;
}

export const NO_OUTPUTS: LeafOutputs = Object.freeze({ parameters: Object.freeze({}), artifacts: Object.freeze({}) });

/** A leaf attempt that ended in Argo's `Error` phase: it could not run, or its outputs could not be read. */
export const errorResult = (message: string, outputs: LeafOutputs = NO_OUTPUTS): LeafResult => ({
  phase: 'Error',
  message,
  outputs,
});

const names = (xs: ReadonlyArray<{ readonly name: string }>): string =>
  xs.length === 0 ? 'none' : xs.map((x) => x.name).join(', ');

/**
 * The outputs of a leaf that succeeded: each declared parameter given, or else its `valueFrom.default`;
 * each declared artifact given unless `optional`. A value for an undeclared output is refused, never
 * dropped. `source` names who gave the outputs, e.g. `the mock of template "flip-coin"`.
 */
export const declaredOutputs = (template: Template, given: GivenOutputs, source: string): E.Either<string, LeafOutputs> => {
  const params = template.outputs?.parameters ?? [];
  const artifacts = template.outputs?.artifacts ?? [];
  const extraParam = Object.keys(given.parameters).find((n) => !params.some((p) => p.name === n));
  if (extraParam !== undefined)
    return E.left(`${source} gives output parameter "${extraParam}", which the template does not declare (declared: ${names(params)}).`);
  const extraArtifact = Object.keys(given.artifacts).find((n) => !artifacts.some((a) => a.name === n));
  if (extraArtifact !== undefined)
    return E.left(`${source} gives output artifact "${extraArtifact}", which the template does not declare (declared: ${names(artifacts)}).`);
  const parameters: Record<string, string> = {};
  for (const p of params) {
    const value = Object.hasOwn(given.parameters, p.name) ? given.parameters[p.name] : p.valueFrom?.default;
    if (value === undefined)
      return E.left(`${source} gives no output parameter "${p.name}", and it has no valueFrom.default.`);
    parameters[p.name] = value;
  }
  const kept: Record<string, LocalArtifact> = {};
  for (const a of artifacts) {
    const value = Object.hasOwn(given.artifacts, a.name) ? given.artifacts[a.name] : undefined;
    if (value !== undefined) kept[a.name] = value;
    else if (a.optional !== true) return E.left(`${source} gives no output artifact "${a.name}", and it is not optional.`);
  }
  return E.right({
    parameters,
    artifacts: kept,
    ...(given.result !== undefined ? { result: given.result } : {}),
    ...(given.exitCode !== undefined ? { exitCode: given.exitCode } : {}),
  });
};

/**
 * The string Argo would store for an output value: through the parameter's codec when the workflow is
 * tiphys code (`encodeParam`, the one encoder), else a string as it is and other JSON as JSON text.
 */
export const outputText = (value: unknown, codec: ParamCodec<unknown> | undefined): E.Either<string, string> => {
  if (codec !== undefined) return encodeParam(value, codec);
  if (typeof value === 'string') return E.right(value);
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? E.left(`has no string form (got ${String(value)})`) : E.right(json);
};
