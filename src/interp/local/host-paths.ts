// Where a leaf run on this machine keeps its files, and how the container paths it names are moved there.
// A pod has a filesystem of its own; a host process shares ours. So every path a template declares
// (input and output artifacts, output parameters' `valueFrom.path`, volume mounts, `workingDir`) and all
// of `/tmp` are mapped under a per-node sandbox directory, and the command, args, env values and script
// source are rewritten to name the mapped paths. See docs/local-runner.md, "How one leaf runs".
import { dirname, isAbsolute, join } from 'node:path';
import type { Template } from '../../argo-model/generated/index.js';
import type { LeafNode } from './leaf-runner.js';

// model

/** The directories of one leaf attempt. */
export interface NodeDirs {
  /** Everything of this attempt: the sandbox, the script file, materialised inputs. */
  readonly base: string;
  /** Container paths `/x/y` live at `<root>/x/y`. */
  readonly root: string;
}

/** Maps a template's container paths into a sandbox and rewrites text that names them. */
export interface PathMap {
  /** The host path of a container path (relative paths are taken from the working directory). */
  readonly hostPath: (containerPath: string) => string;
  /** `text` with every mapped container path replaced by its host path. */
  readonly rewrite: (text: string) => string;
  /** The working directory on the host. */
  readonly cwd: string;
  /** Directories to create before the process starts (mapped roots, volume mounts, working directory). */
  readonly directories: ReadonlyArray<string>;
}

// constructors

/** A file-name-safe key for one attempt of one node. */
export const attemptKey = (node: LeafNode): string => `${node.id.replace(/[^\w.-]/g, '_')}-${node.attempt}`;

export const nodeDirs = (store: string, node: LeafNode): NodeDirs => {
  const base = join(store, 'nodes', attemptKey(node));
  return { base, root: join(base, 'root') };
};

const mainContainer = (template: Template) => template.container ?? template.script;

/** The container paths of files or directories a template declares: its artifacts and output parameter files. */
const declaredFiles = (template: Template): ReadonlyArray<string> =>
  [
    ...(template.inputs?.artifacts ?? []).map((a) => a.path),
    ...(template.outputs?.artifacts ?? []).map((a) => a.path),
    ...(template.outputs?.parameters ?? []).map((p) => p.valueFrom?.path),
  ].filter((p): p is string => p !== undefined && isAbsolute(p));

/** The container directories a template declares: volume mounts and the working directory. */
const declaredDirectories = (template: Template): ReadonlyArray<string> => {
  const main = mainContainer(template);
  return [...(main?.volumeMounts ?? []).map((m) => m.mountPath), main?.workingDir].filter(
    (p): p is string => p !== undefined && isAbsolute(p),
  );
};

const withoutTrailingSlash = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p);

/**
 * The directories to create in the sandbox: `/tmp`, the declared directories, and each declared file's
 * directory (`/mnt/out` for `/mnt/out/result.txt`, so a script's `mkdir -p /mnt/out` lands there too).
 */
const sandboxDirectories = (template: Template): ReadonlyArray<string> => [
  '/tmp',
  ...declaredDirectories(template).map(withoutTrailingSlash),
  ...declaredFiles(template)
    .map((p) => dirname(withoutTrailingSlash(p)))
    .filter((d) => d !== '/'),
];

/**
 * The roots that are rewritten: the sandbox directories, and a declared file directly under `/`
 * itself (`/hello.json`). Longest first, so the regex prefers the most specific root.
 */
const mappedRoots = (template: Template): ReadonlyArray<string> => {
  const topFiles = declaredFiles(template)
    .map(withoutTrailingSlash)
    .filter((p) => dirname(p) === '/' && p !== '/');
  return [...new Set([...sandboxDirectories(template), ...topFiles])].sort((a, b) => b.length - a.length);
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A path is rewritten only where it stands as a path of its own: not inside a longer name (`/tmpfile`,
 * `$HOME/tmp`, `./tmp`, `file:///tmp`).
 */
const rootPattern = (roots: ReadonlyArray<string>): RegExp =>
  new RegExp(`(?<![\\w.~$/-])(${roots.map(escapeRegExp).join('|')})(?![\\w.-])`, 'g');

export const pathMap = (template: Template, dirs: NodeDirs): PathMap => {
  const roots = mappedRoots(template);
  const pattern = rootPattern(roots);
  const workingDir = mainContainer(template)?.workingDir;
  // Without workingDir a container starts in its image's WORKDIR: `/` for the images of Argo's examples
  // and e2e corpus (argosay, alpine, busybox, python), so `echo x > result.txt` is `/result.txt`.
  const cwd = workingDir !== undefined && isAbsolute(workingDir) ? join(dirs.root, workingDir) : dirs.root;
  const hostPath = (p: string): string => (isAbsolute(p) ? join(dirs.root, p) : join(cwd, p));
  return {
    hostPath,
    // One pass: the host paths themselves live under /tmp and must not be rewritten again.
    rewrite: (text) => text.replace(pattern, (root: string) => join(dirs.root, root)),
    cwd,
    directories: [...new Set([...sandboxDirectories(template).map(hostPath), cwd])],
  };
};
