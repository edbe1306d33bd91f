// Mocks: fixed outputs or a fixed phase for a template, by template name, given in code or as JSON
// (`tiphys run --mock file.json`). One record shape for both, e.g.
//   { "flip-coin": { "result": "tails" }, "deploy": { "phase": "Failed", "message": "quota" } }
import * as E from 'fp-ts/lib/Either.js';
import type { Template } from '../../argo-model/generated/index.js';
import { isRecord } from '../../argo-model/json-value.js';
import type { LeafNode, LeafPhase, LeafResult, LocalArtifact } from './leaf-runner.js';
import { declaredOutputs, errorResult, outputText } from './leaf-outputs.js';
import { storeArtifact } from './artifact-store.js';

// model

/**
 * What a mocked template ends with: `phase` (default `Succeeded`), `message`, `result`, `exitCode`,
 * `artifacts` (output artifacts by name, as the text of the file), and every other key one of the
 * template's declared output parameters (a string, or any JSON value, stored as its JSON text). A key
 * that names no declared output is refused when the mock is used. An output parameter named like one of
 * the fields cannot be mocked: give the template an implementation instead.
 * @category model
 */
export interface LeafMock {
  readonly phase?: LeafPhase;
  readonly message?: string;
  readonly result?: unknown;
  readonly exitCode?: string | number;
  readonly artifacts?: Readonly<Record<string, string>>;
  readonly [outputParameter: string]: unknown;
}

/** Mocks by template name. @category model */
export type LeafMocks = Readonly<Record<string, LeafMock>>;

const FIELDS = ['phase', 'message', 'result', 'exitCode', 'artifacts'] as const;
const PHASES: ReadonlyArray<LeafPhase> = ['Succeeded', 'Failed', 'Error'];

// constructors

/** Checks one mock's fields (not its output names: those need the template); `where` locates it. */
const checkMock = (where: string, mock: unknown): E.Either<string, LeafMock> => {
  if (!isRecord(mock)) return E.left(`${where}: expected an object of outputs, got ${JSON.stringify(mock)}.`);
  const phase = mock['phase'];
  if (phase !== undefined && !PHASES.includes(phase as LeafPhase))
    return E.left(`${where}.phase: expected one of ${PHASES.join(', ')}, got ${JSON.stringify(phase)}.`);
  const message = mock['message'];
  if (message !== undefined && typeof message !== 'string')
    return E.left(`${where}.message: expected a string, got ${JSON.stringify(message)}.`);
  const exitCode = mock['exitCode'];
  if (exitCode !== undefined && typeof exitCode !== 'string' && !Number.isInteger(exitCode))
    return E.left(`${where}.exitCode: expected an integer, got ${JSON.stringify(exitCode)}.`);
  const artifacts = mock['artifacts'];
  if (artifacts !== undefined && !(isRecord(artifacts) && Object.values(artifacts).every((v) => typeof v === 'string')))
    return E.left(`${where}.artifacts: expected an object of artifact name to file text, got ${JSON.stringify(artifacts)}.`);
  return E.right(mock as LeafMock);
};

/**
 * Mocks from the text of a JSON file (`--mock file.json`): an object of template name to mock. Every
 * problem names the file and the key.
 * @category constructors
 */
export const parseMocks = (text: string, file: string): E.Either<string, LeafMocks> => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return E.left(`${file}: not valid JSON (${(e as Error).message}).`);
  }
  if (!isRecord(json)) return E.left(`${file}: expected an object of template name to mock, e.g. { "flip-coin": { "result": "tails" } }.`);
  const mocks: Record<string, LeafMock> = {};
  for (const [name, mock] of Object.entries(json)) {
    const checked = checkMock(`${file}: mock "${name}"`, mock);
    if (E.isLeft(checked)) return checked;
    Object.defineProperty(mocks, name, { value: checked.right, enumerable: true });
  }
  return E.right(mocks);
};

// destructors

/**
 * What a mocked leaf attempt ends with. A mock that succeeds must give every declared output (or the
 * output has a `valueFrom.default`), as a step that succeeds must write its files; a failing one gives
 * what it gives.
 */
export const runMock = async (
  mock: LeafMock,
  template: Template,
  node: LeafNode,
  store: string,
): Promise<LeafResult> => {
  const source = `The mock of template "${node.templateName}"`;
  const checked = checkMock(source, mock);
  if (E.isLeft(checked)) return errorResult(checked.left);
  const declared = (template.outputs?.parameters ?? []).map((p) => p.name);
  const parameters: Record<string, string> = {};
  for (const [key, value] of Object.entries(mock)) {
    if ((FIELDS as ReadonlyArray<string>).includes(key)) continue;
    if (!declared.includes(key))
      return errorResult(
        `${source}: "${key}" is neither an output parameter of the template (declared: ${declared.join(', ') || 'none'}) nor one of ${FIELDS.join(', ')}.`,
      );
    const text = outputText(value, undefined);
    if (E.isLeft(text)) return errorResult(`${source}: output parameter "${key}" ${text.left}.`);
    parameters[key] = text.right;
  }
  const result = mock.result === undefined ? undefined : outputText(mock.result, undefined);
  if (result !== undefined && E.isLeft(result)) return errorResult(`${source}: result ${result.left}.`);
  const artifacts: Record<string, LocalArtifact> = {};
  for (const [name, text] of Object.entries(mock.artifacts ?? {}))
    artifacts[name] = await storeArtifact(store, node, name, { text });
  const phase = mock.phase ?? 'Succeeded';
  const message = mock.message !== undefined ? { message: mock.message } : {};
  const given = {
    parameters,
    artifacts,
    ...(result !== undefined ? { result: result.right } : {}),
    ...(mock.exitCode !== undefined ? { exitCode: String(mock.exitCode) } : {}),
  };
  if (phase !== 'Succeeded') return { phase, ...message, outputs: given };
  const outputs = declaredOutputs(template, given, source);
  return E.isLeft(outputs)
    ? errorResult(outputs.left)
    : { phase, ...message, outputs: outputs.right };
};
