/**
 * What `submit`, `lint`, `template` and `cron` send: the workflows a .ts module exports (compiled,
 * with their codecs), or the documents of a plain YAML/JSON manifest file, as `argo submit` takes.
 */
import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import { parseAllDocuments } from 'yaml';
import type { Problem } from '../core/problem.js';
import type { ArgoManifest } from '../interp/submit/argo-types.js';
import type { Submittable } from '../interp/submit/typed-outputs.js';
import { submittableOf } from '../interp/submit/workflow-submittable.js';
import { loadWorkflowModule } from './load-module.js';

export interface Loaded {
  /** `file#export` or `file[index]`: how messages name it. */
  readonly label: string;
  readonly submittable: Submittable;
}

const isManifestFile = (file: string): boolean => /\.(ya?ml|json)$/i.test(file);

const fromManifestFile = (file: string): E.Either<ReadonlyArray<Problem>, ReadonlyArray<Loaded>> => {
  let docs: ReadonlyArray<unknown>;
  try {
    docs = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as unknown);
  } catch (e) {
    return E.left([{ document: file, message: `cannot read: ${e instanceof Error ? e.message : String(e)}` }]);
  }
  const out: Array<Loaded> = [];
  for (const [i, doc] of docs.entries()) {
    const m = doc as Partial<ArgoManifest> | null;
    if (m === null || typeof m !== 'object' || typeof m.metadata !== 'object' || m.metadata === null)
      return E.left([{ document: `${file}[${i}]`, message: 'not an Argo object: expected apiVersion, kind, metadata and spec' }]);
    out.push({ label: `${file}[${i}]`, submittable: { manifest: m as ArgoManifest, outputCodecs: {} } });
  }
  return E.right(out);
};

export const loadSubmittables = async (file: string, exportName?: string): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<Loaded>>> => {
  if (isManifestFile(file)) return fromManifestFile(file);
  const loaded = await loadWorkflowModule(file, exportName);
  if (E.isLeft(loaded)) return E.left([loaded.left]);
  const problems: Array<Problem> = [];
  const out: Array<Loaded> = [];
  for (const { exportName: name, workflow } of loaded.right) {
    const s = submittableOf(workflow);
    if (E.isLeft(s)) problems.push(...s.left.map((p) => ({ ...p, document: `${file}#${name}` })));
    else out.push({ label: `${file}#${name}`, submittable: s.right as Submittable });
  }
  return problems.length > 0 ? E.left(problems) : E.right(out);
};
