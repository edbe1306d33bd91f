// A container or script template run as a process on this machine, with Argo's executor rules for what
// comes out: stdout (less one trailing newline) is `outputs.result`, the exit code is `outputs.exitCode`
// and decides the phase, output parameters are read from their `valueFrom.path`, output artifacts are
// copied into the run's store.
import * as E from 'fp-ts/lib/Either.js';
import { constants } from 'node:fs';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, delimiter, isAbsolute, join } from 'node:path';
import type { Template } from '../../argo-model/generated/index.js';
import type { LeafRequest, LeafResult, LocalArtifact } from './leaf-runner.js';
import { exists, placeArtifact, storeArtifact } from './artifact-store.js';
import { errorResult, type GivenOutputs } from './leaf-outputs.js';
import type { NodeDirs, PathMap } from './host-paths.js';
import { pathMap } from './host-paths.js';
import { runProcess, type ProcessEnd } from './host-process.js';
import { argosay, realSleep, runsArgosay } from './argosay.js';

// utils

/** Other names to try for an interpreter an image has and this machine may spell differently. */
const ALIASES: Readonly<Record<string, ReadonlyArray<string>>> = {
  python: ['python3', 'python'],
  python3: ['python3', 'python'],
  node: ['node', 'nodejs'],
  nodejs: ['nodejs', 'node'],
};

const isExecutable = (path: string): Promise<boolean> =>
  access(path, constants.X_OK).then(
    () => true,
    () => false,
  );

/**
 * The program to run for a container's `command[0]`: an absolute path that exists here as it is, else
 * its name (or an alias: `python` is tried as `python3` first) on `PATH`; `node` falls back to the Node
 * running tiphys. `undefined` when nothing fits.
 */
const resolveProgram = async (command: string): Promise<string | undefined> => {
  if (isAbsolute(command) && (await isExecutable(command))) return command;
  const name = basename(command);
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== '');
  for (const candidate of ALIASES[name] ?? [name])
    for (const dir of dirs) if (await isExecutable(join(dir, candidate))) return join(dir, candidate);
  return name === 'node' || name === 'nodejs' ? process.execPath : undefined;
};

/** Where Argo stages a script's source in the pod. */
const ARGO_SCRIPT_PATH = '/argo/staging/script';

/** Argo drops one trailing newline from stdout and from output parameter files. */
const trimNewline = (s: string): string => (s.endsWith('\n') ? s.slice(0, -1) : s);

/** The argv Argo's pod runs: a script's source file is appended after its command and args. */
const argv = (template: Template, scriptFile: string): ReadonlyArray<string> => {
  if (template.script !== undefined) return [...(template.script.command ?? []), ...(template.script.args ?? []), scriptFile];
  return [...(template.container?.command ?? []), ...(template.container?.args ?? [])];
};

/** Environment values given as text; the rest (`valueFrom` secrets, field refs) are left unset. */
const templateEnv = (template: Template, paths: PathMap): Record<string, string> =>
  Object.fromEntries(
    ((template.container ?? template.script)?.env ?? [])
      .filter((e) => e.value !== undefined)
      .map((e) => [e.name, paths.rewrite(e.value ?? '')]),
  );

const readParameters = async (template: Template, paths: PathMap, where: string): Promise<E.Either<string, Record<string, string>>> => {
  const out: Record<string, string> = {};
  for (const p of template.outputs?.parameters ?? []) {
    // Argo's executor reads only valueFrom.path; a parameter given as a value keeps that value.
    if (p.valueFrom?.path === undefined && p.value !== undefined) {
      out[p.name] = p.value;
      continue;
    }
    const path = p.valueFrom?.path;
    const text = path === undefined ? undefined : await readFile(paths.hostPath(path), 'utf8').catch(() => undefined);
    const value = text ?? p.valueFrom?.default;
    if (value !== undefined) out[p.name] = trimNewline(value);
    else if (path !== undefined)
      return E.left(`${where}: output parameter "${p.name}": open ${path}: no such file or directory, and it has no valueFrom.default.`);
    else return E.left(`${where}: output parameter "${p.name}" has no valueFrom.path, which is all a local host run reads; mock the template or give it an implementation.`);
  }
  return E.right(out);
};

const saveArtifacts = async (
  request: LeafRequest,
  paths: PathMap,
  store: string,
  where: string,
): Promise<E.Either<string, Record<string, LocalArtifact>>> => {
  const out: Record<string, LocalArtifact> = {};
  for (const a of request.template.outputs?.artifacts ?? []) {
    const path = a.path === undefined ? undefined : paths.hostPath(a.path);
    if (path !== undefined && (await exists(path))) out[a.name] = await storeArtifact(store, request.node, a.name, { path });
    else if (a.optional !== true)
      return E.left(`${where}: output artifact "${a.name}": ${a.path ?? '(no path)'} does not exist, and the artifact is not optional.`);
  }
  return E.right(out);
};

/**
 * How the attempt's process starts, or why it cannot (a sentence to put after the template's name): the
 * command on this machine, or argosay done in process.
 */
const starter = async (
  request: LeafRequest,
  paths: PathMap,
  scriptFile: string,
): Promise<(() => Promise<ProcessEnd>) | string> => {
  const { template, signal } = request;
  const main = template.container ?? template.script;
  if (runsArgosay(main)) {
    // Its arguments are not rewritten: the files it names are mapped one by one. A script's source sits at Argo's path.
    const args = [...(main?.args ?? []), ...(template.script !== undefined ? [ARGO_SCRIPT_PATH] : [])];
    const sleep = request.sleep ?? ((ms: number) => realSleep(ms, signal));
    return () => argosay(args, (p) => (p === ARGO_SCRIPT_PATH ? scriptFile : paths.hostPath(p)), sleep, signal);
  }
  const [command, ...args] = argv(template, scriptFile).map((a) => (a === scriptFile ? a : paths.rewrite(a)));
  if (command === undefined || command === scriptFile)
    return ` has no command: its image's entrypoint cannot run on this machine. Give it a command, a mock or an implementation.`;
  const program = await resolveProgram(command);
  if (program === undefined) return `: ${command}: not found on this machine. Install it, or mock the template or give it an implementation.`;
  const env = { ...process.env, ...templateEnv(template, paths) };
  return () => runProcess({ command: program, args, cwd: paths.cwd, env, signal });
};

// destructors

/** Runs a container or script template on this machine. Its input artifacts are already files. */
export const runOnHost = async (
  request: LeafRequest,
  inputs: Readonly<Record<string, LocalArtifact>>,
  dirs: NodeDirs,
  store: string,
): Promise<LeafResult> => {
  const { template } = request;
  const where = `Template "${request.node.templateName}"`;
  const paths = pathMap(template, dirs);
  const scriptFile = join(dirs.base, 'script');
  const start = await starter(request, paths, scriptFile);
  if (typeof start === 'string') return errorResult(`${where}${start}`);
  for (const d of paths.directories) await mkdir(d, { recursive: true });
  // The schema requires a script's source but Argo's validation does not: without one it stages an empty file.
  // Executable, as Argo stages it (0755): `command: [sh, -c]` runs the file itself.
  if (template.script !== undefined)
    await writeFile(scriptFile, paths.rewrite((template.script.source as string | undefined) ?? ''), { mode: 0o755 });
  for (const a of template.inputs?.artifacts ?? []) {
    const given = inputs[a.name];
    if (given !== undefined && a.path !== undefined) await placeArtifact(given, paths.hostPath(a.path), a.mode);
  }
  const end = await start();
  if (end.kind === 'not-started') return errorResult(`${where}: ${end.error}`);
  if (end.kind === 'aborted') return { phase: 'Failed', message: end.reason, outputs: { parameters: {}, artifacts: {} } };
  const base: GivenOutputs = { parameters: {}, artifacts: {}, result: trimNewline(end.stdout), exitCode: String(end.exitCode) };
  const parameters = await readParameters(template, paths, where);
  const artifacts = await saveArtifacts(request, paths, store, where);
  if (end.exitCode !== 0)
    // The main container's failure is the node's message; what outputs there are are kept.
    return {
      phase: 'Failed',
      message: `Error (exit code ${end.exitCode})`,
      outputs: { ...base, parameters: E.isRight(parameters) ? parameters.right : {}, artifacts: E.isRight(artifacts) ? artifacts.right : {} },
    };
  if (E.isLeft(parameters)) return errorResult(parameters.left, base);
  if (E.isLeft(artifacts)) return errorResult(artifacts.left, { ...base, parameters: parameters.right });
  return { phase: 'Succeeded', outputs: { ...base, parameters: parameters.right, artifacts: artifacts.right } };
};
