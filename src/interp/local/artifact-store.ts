// The run's temp store: artifacts are plain files or directories under `<store>/artifacts/<attempt>/<name>`.
// Argo tars artifacts on the way to a repository and untars them on the way in; locally a file stays a
// file and a directory a directory, which is what the step sees either way.
import { chmod, cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LeafNode, LocalArtifact } from './leaf-runner.js';
import { attemptKey } from './host-paths.js';

/** Where an output artifact of one attempt is kept. */
const artifactPath = (store: string, node: LeafNode, name: string): string =>
  join(store, 'artifacts', attemptKey(node), name.replace(/[^\w.-]/g, '_'));

export const exists = async (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Copies a file or directory to `to`, creating its parent; what was at `to` is replaced. */
export const copyPath = async (from: string, to: string): Promise<void> => {
  await mkdir(dirname(to), { recursive: true });
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
};

/** Keeps an output artifact in the store: a copy of a file or directory, or the given text as a file. */
export const storeArtifact = async (
  store: string,
  node: LeafNode,
  name: string,
  from: LocalArtifact | { readonly text: string },
): Promise<LocalArtifact> => {
  const path = artifactPath(store, node, name);
  if ('path' in from) await copyPath(from.path, path);
  else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, from.text);
  }
  return { path };
};

/** Places an input artifact at its host path, with Argo's `mode` when given. */
export const placeArtifact = async (from: LocalArtifact, to: string, mode: number | undefined): Promise<void> => {
  await copyPath(from.path, to);
  if (mode !== undefined) await chmod(to, mode);
};
