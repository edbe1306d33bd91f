/**
 * What `submit`, `lint --server`, `template` and `cron` send: the workflows a .ts module exports, or
 * the documents of a plain YAML/JSON manifest file, as `argo submit` takes. Each is built once its
 * params are known, because a DSL workflow is validated with its arguments in place.
 */
import * as E from 'fp-ts/lib/Either.js';
import { parseYaml } from '../argo-docs/yaml/parse-yaml.js';
import type { YamlProblem } from '../argo-docs/yaml/yaml-problem.js';
import type { Problem } from '../core/problem.js';
import type { ArgoManifest } from '../interp/submit/argo-manifest.js';
import { formatSubmitError } from '../interp/submit/submit-error.js';
import { withParams, type Codec, type Submittable } from '../interp/submit/typed-outputs.js';
import { inputCodecsOf, submittableOf } from '../interp/submit/workflow-submittable.js';
import { describeEscape, guardExit } from './exit-guard.js';
import { loadWorkflowModule } from './load-module.js';
import { readYamlFile } from './read-yaml-file.js';

export interface Loaded {
  /** `file#export` or `file[index]`: how messages name it. */
  readonly label: string;
  /** Codecs of the entrypoint's inputs (none for a manifest file): `-p` values are decoded with them. */
  readonly inputCodecs: Readonly<Record<string, Codec<unknown>>>;
  /** The object to send with `params` as arguments; `validate: false` skips Argo's rules (templates, cron). */
  readonly build: (params: Readonly<Record<string, unknown>>, validate: boolean) => E.Either<ReadonlyArray<Problem>, Submittable>;
}

const isManifestFile = (file: string): boolean => /\.(ya?ml|json)$/i.test(file);

const located =
  (file: string) =>
  (p: YamlProblem): Problem => ({ document: `${file}:${p.line}:${p.col}`, message: p.message });

/**
 * The documents of a manifest file, read by the reader `lint` uses, strictly: what goes to a cluster
 * is read as Kubernetes reads it, and a file with any YAML problem (a repeated key too) is not sent.
 */
export const readManifests = async (file: string): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<unknown>>> => {
  const text = await readYamlFile(file);
  if (E.isLeft(text)) return E.left([located(file)(text.left)]);
  return E.bimap(
    (problems: ReadonlyArray<YamlProblem>) => problems.map(located(file)),
    (parsed: { readonly documents: ReadonlyArray<{ readonly data: unknown }> }) => parsed.documents.map((d) => d.data),
  )(parseYaml(text.right, { strict: true }));
};

const fromManifestFile = async (file: string): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<Loaded>>> => {
  const read = await readManifests(file);
  if (E.isLeft(read)) return read;
  const docs = read.right;
  const out: Array<Loaded> = [];
  for (const [i, doc] of docs.entries()) {
    const m = doc as Partial<ArgoManifest> | null;
    const label = `${file}[${i}]`;
    if (m === null || typeof m !== 'object' || typeof m.metadata !== 'object' || m.metadata === null)
      return E.left([{ document: label, message: 'not an Argo object: expected apiVersion, kind, metadata and spec' }]);
    out.push({
      label,
      inputCodecs: {},
      build: (params) =>
        E.bimap(
          (e: Parameters<typeof formatSubmitError>[0]): ReadonlyArray<Problem> => [{ document: label, message: formatSubmitError(e) }],
          (manifest: ArgoManifest): Submittable => ({ manifest, outputCodecs: {} }),
        )(withParams(m as ArgoManifest, params, undefined)),
    });
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
    const label = `${file}#${name}`;
    const inputCodecs = await rendering(label, () => inputCodecsOf(workflow));
    if (E.isLeft(inputCodecs)) {
      problems.push(...inputCodecs.left);
      continue;
    }
    out.push({
      label,
      inputCodecs: inputCodecs.right,
      build: (params, validate) =>
        E.bimap(
          (found: ReadonlyArray<Problem>) => found.map((p) => ({ ...p, document: label })),
          (s: Submittable<unknown, unknown>) => s as Submittable,
        )(submittableOf(workflow, params, { validate })),
    });
  }
  return problems.length > 0 ? E.left(problems) : E.right(out);
};

/**
 * Runs the module's own functions (commands, callbacks) for the export `label`: a throw or a
 * `process.exit` there is a problem of that export, as in `tiphys build`.
 */
const rendering = async <A>(label: string, f: () => A): Promise<E.Either<ReadonlyArray<Problem>, A>> => {
  const guarded = await guardExit(f);
  return E.isLeft(guarded) ? E.left([{ document: label, message: describeEscape(guarded.left, 'rendering') }]) : E.right(guarded.right);
};

/** Builds each loaded object; every problem of every one, or the objects. */
export const buildAll = async (
  loaded: ReadonlyArray<Loaded>,
  params: (l: Loaded) => Readonly<Record<string, unknown>>,
  validate: boolean,
): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<{ readonly label: string; readonly submittable: Submittable }>>> => {
  const problems: Array<Problem> = [];
  const out: Array<{ label: string; submittable: Submittable }> = [];
  for (const l of loaded) {
    const b = E.flatten(await rendering(l.label, () => l.build(params(l), validate)));
    if (E.isLeft(b)) problems.push(...b.left);
    else out.push({ label: l.label, submittable: b.right });
  }
  return problems.length > 0 ? E.left(problems) : E.right(out);
};
