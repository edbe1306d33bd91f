// Mocks: fixed outputs or a fixed phase for a template, by template name, given in code or as JSON
// (`tiphys run --mock file.json`). One record shape for both, e.g.
//   { "flip-coin": { "result": "tails" }, "deploy": { "phase": "Failed", "message": "quota" },
//     "gen": { "parameters": { "count": 3 } }, "flaky": [{ "phase": "Failed" }, {}] }
import * as E from 'fp-ts/lib/Either.js';
import type { Template } from '../../argo-model/generated/index.js';
import { isRecord } from '../../argo-model/json-value.js';
import type { LeafNode, LeafPhase, LeafResult, LocalArtifact } from './leaf-runner.js';
import { declaredOutputs, errorResult, outputText } from './leaf-outputs.js';
import { storeArtifact } from './artifact-store.js';

// model

/**
 * A leaf's fixed outcome: outputs to report, or a phase to end in. The same shape as `runLocal`'s
 * `LocalMock`; a JSON mock file holds a record of these by template name.
 * @category model
 */
export interface LocalMock {
  /** Default `Succeeded`. */
  readonly phase?: LeafPhase;
  readonly message?: string;
  /** `outputs.result` (a script's or container's stdout, an http template's body). */
  readonly result?: string;
  readonly exitCode?: string | number;
  /** Output parameters; a value that is not a string is written as JSON. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** Output artifacts: the text each file holds. */
  readonly artifacts?: Readonly<Record<string, string>>;
}

/** Mocks by template name; a list gives one outcome per attempt, its last repeating. @category model */
export type LocalMocks = Readonly<Record<string, LocalMock | ReadonlyArray<LocalMock>>>;

const FIELDS: ReadonlyArray<string> = ['phase', 'message', 'result', 'exitCode', 'parameters', 'artifacts'];
const PHASES: ReadonlyArray<LeafPhase> = ['Succeeded', 'Failed', 'Error'];

// constructors

const textRecord = (u: unknown): boolean => isRecord(u) && Object.values(u).every((v) => typeof v === 'string');

/** Checks one mock; `where` locates it. */
const checkMock = (where: string, mock: unknown): E.Either<string, LocalMock> => {
  if (!isRecord(mock)) return E.left(`${where}: expected an object with phase, message, result, exitCode, parameters or artifacts, got ${JSON.stringify(mock)}.`);
  const unknown = Object.keys(mock).find((k) => !FIELDS.includes(k));
  if (unknown !== undefined)
    return E.left(`${where}: "${unknown}" is not one of ${FIELDS.join(', ')} (output parameters go under "parameters").`);
  const { phase, message, result, exitCode, parameters, artifacts } = mock;
  if (phase !== undefined && !PHASES.includes(phase as LeafPhase))
    return E.left(`${where}.phase: expected one of ${PHASES.join(', ')}, got ${JSON.stringify(phase)}.`);
  if (message !== undefined && typeof message !== 'string') return E.left(`${where}.message: expected a string, got ${JSON.stringify(message)}.`);
  if (result !== undefined && typeof result !== 'string') return E.left(`${where}.result: expected a string, got ${JSON.stringify(result)}.`);
  if (exitCode !== undefined && typeof exitCode !== 'string' && !Number.isInteger(exitCode))
    return E.left(`${where}.exitCode: expected an integer, got ${JSON.stringify(exitCode)}.`);
  if (parameters !== undefined && !isRecord(parameters))
    return E.left(`${where}.parameters: expected an object of output parameter name to value, got ${JSON.stringify(parameters)}.`);
  if (artifacts !== undefined && !textRecord(artifacts))
    return E.left(`${where}.artifacts: expected an object of artifact name to file text, got ${JSON.stringify(artifacts)}.`);
  return E.right(mock as LocalMock);
};

/**
 * Mocks from the text of a JSON file (`--mock file.json`): an object of template name to mock. Every
 * problem names the file and the key.
 * @category constructors
 */
export const parseMocks = (text: string, file: string): E.Either<string, LocalMocks> => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return E.left(`${file}: not valid JSON (${(e as Error).message}).`);
  }
  if (!isRecord(json)) return E.left(`${file}: expected an object of template name to mock, e.g. { "flip-coin": { "result": "tails" } }.`);
  const mocks: Record<string, LocalMock | ReadonlyArray<LocalMock>> = {};
  for (const [name, mock] of Object.entries(json)) {
    const where = `${file}: mock "${name}"`;
    const checked = Array.isArray(mock)
      ? E.sequenceArray(mock.map((m, i) => checkMock(`${where}[${i}]`, m)))
      : checkMock(where, mock);
    if (E.isLeft(checked)) return checked;
    if (Array.isArray(checked.right) && checked.right.length === 0) return E.left(`${where}: an empty list; give at least one outcome.`);
    Object.defineProperty(mocks, name, { value: checked.right, enumerable: true });
  }
  return E.right(mocks);
};

// destructors

/** The mock for one attempt: a list gives one outcome per attempt, its last repeating. */
export const mockFor = (mocks: LocalMocks | undefined, templateName: string, attempt: number): LocalMock | undefined => {
  if (mocks === undefined || !Object.hasOwn(mocks, templateName)) return undefined;
  const m = mocks[templateName];
  return m === undefined || !Array.isArray(m) ? (m as LocalMock | undefined) : m[Math.min(attempt, m.length - 1)];
};

/**
 * What a mocked leaf attempt ends with. A mock that succeeds must give every declared output (or the
 * output has a `valueFrom.default`), as a step that succeeds must write its files; a failing one gives
 * what it gives.
 */
export const runMock = async (mock: LocalMock, template: Template, node: LeafNode, store: string): Promise<LeafResult> => {
  const source = `The mock of template "${node.templateName}"`;
  const checked = checkMock(source, mock);
  if (E.isLeft(checked)) return errorResult(checked.left);
  const parameters: Record<string, string> = {};
  for (const [name, value] of Object.entries(mock.parameters ?? {})) {
    const text = outputText(value, undefined);
    if (E.isLeft(text)) return errorResult(`${source}: output parameter "${name}" ${text.left}.`);
    parameters[name] = text.right;
  }
  const artifacts: Record<string, LocalArtifact> = {};
  for (const [name, text] of Object.entries(mock.artifacts ?? {})) artifacts[name] = await storeArtifact(store, node, name, { text });
  const phase = mock.phase ?? 'Succeeded';
  const message = mock.message !== undefined ? { message: mock.message } : {};
  const given = {
    parameters,
    artifacts,
    ...(mock.result !== undefined ? { result: mock.result } : {}),
    ...(mock.exitCode !== undefined ? { exitCode: String(mock.exitCode) } : {}),
  };
  if (phase !== 'Succeeded') return { phase, ...message, outputs: given };
  const outputs = declaredOutputs(template, given, source);
  return E.isLeft(outputs) ? errorResult(outputs.left) : { phase, ...message, outputs: outputs.right };
};
