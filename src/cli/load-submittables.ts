/**
 * What `submit`, `lint --server`, `template` and `cron` send: the documents a .ts module exports, or
 * those of a plain YAML/JSON manifest file, as `argo submit` takes them. A workflow is built once its
 * params are known, because it is validated with its arguments in place; a stored resource
 * (WorkflowTemplate, CronWorkflow) is rendered and checked with Argo's rules as it is.
 */
import * as E from 'fp-ts/lib/Either.js';
import { parseYaml } from '../argo-docs/yaml/parse-yaml.js';
import type { YamlProblem } from '../argo-docs/yaml/yaml-problem.js';
import type { Problem } from '../core/problem.js';
import type { ArgoManifest } from '../interp/typed-io/argo-manifest.js';
import { formatSubmitError } from '../interp/submit/submit-error.js';
import type { Codec, Submittable } from '../interp/typed-io/submittable.js';
import { withParams } from '../interp/typed-io/typed-params.js';
import { inputCodecsOf, submittableOf } from '../interp/typed-io/workflow-submittable.js';
import { isStartingValue, workflowFrom } from '../interp/submit/workflow-from.js';
import { describeEscape, guardExit } from './exit-guard.js';
import { ANY_DOCUMENT, WORKFLOW_KINDS, compileDocuments, loadDocumentModule, pickDocuments, type CompiledDocument, type DocumentChoice, type ExportedDocument } from './load-module.js';
import { templateRegistry, validateDocument } from '../argo-docs/validate/index.js';
import { field } from '../argo-model/json-value.js';
import type { RootKind } from '../core/root-node.js';
import type { ResourceKind } from '../interp/submit/argo-api.js';
import { readYamlFile } from './read-yaml-file.js';

export interface Loaded {
  /** `file#export` or `file[index]`: how messages name it. */
  readonly label: string;
  /** Codecs of the entrypoint's inputs (none for a manifest file): `-p` values are decoded with them. */
  readonly inputCodecs: Readonly<Record<string, Codec<unknown>>>;
  /** The object to send with `params` as arguments; `validate: false` skips Argo's rules (templates, cron). */
  readonly build: (params: Readonly<Record<string, unknown>>, validate: boolean) => E.Either<ReadonlyArray<Problem>, Submittable>;
}

export const isManifestFile = (file: string): boolean => /\.(ya?ml|json)$/i.test(file);

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

/** What `submit` takes from a module: its Workflows, or a named export of a kind that starts one (see workflowFrom). */
const SUBMITTED: DocumentChoice = { ...ANY_DOCUMENT, kinds: ['Workflow'], named: WORKFLOW_KINDS };

export const loadSubmittables = async (file: string, exportName?: string): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<Loaded>>> => {
  if (isManifestFile(file)) return fromManifestFile(file);
  const all = await loadDocumentModule(file);
  const picked = E.flatMap((docs: ReadonlyArray<ExportedDocument>) => pickDocuments(file, docs, SUBMITTED, exportName))(all);
  if (E.isLeft(all) || E.isLeft(picked)) return E.left([E.isLeft(all) ? all.left : (picked as E.Left<Problem>).left]);
  const problems: Array<Problem> = [];
  const out: Array<Loaded> = [];
  // `SUBMITTED` picks only kinds that start a workflow; this narrows them.
  const starting = picked.right.flatMap((d) => (isStartingValue(d.value) ? [{ name: d.exportName, value: d.value }] : []));
  for (const { name, value } of starting) {
    const label = `${file}#${name}`;
    const started = await rendering(label, () => {
      const workflow = workflowFrom(value);
      return { workflow, inputCodecs: inputCodecsOf(workflow) };
    });
    if (E.isLeft(started)) {
      problems.push(...started.left);
      continue;
    }
    const { workflow, inputCodecs } = started.right;
    out.push({
      label,
      inputCodecs,
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

/** A stored resource to send: its Argo object, checked offline, and how messages name it. */
export interface LoadedResource {
  readonly label: string;
  readonly kind: ResourceKind;
  readonly manifest: ArgoManifest;
}

const isResourceKind = (k: unknown, kinds: ReadonlyArray<RootKind>): k is ResourceKind => k !== 'Workflow' && kinds.includes(k as RootKind);

/**
 * The documents of the kinds `choice` takes (WorkflowTemplates or CronWorkflows) from a module or a
 * manifest file, each rendered and checked with Argo's rules, so no server is needed to find a problem;
 * a manifest file's document of another kind is a problem, not silently passed over.
 */
export const loadResources = async (
  file: string,
  choice: DocumentChoice,
  exportName?: string,
): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<LoadedResource>>> => {
  if (!isManifestFile(file)) {
    const picked = await loadDocumentModule(file, choice, exportName);
    const compiled = E.isLeft(picked) ? E.left([picked.left]) : await compileDocuments(file, picked.right);
    return E.map((docs: ReadonlyArray<CompiledDocument>) =>
      docs.map(({ source, manifest }) => ({ label: source, kind: manifest.kind as ResourceKind, manifest: manifest as ArgoManifest })),
    )(compiled);
  }
  const read = await readManifests(file);
  if (E.isLeft(read)) return read;
  const registry = templateRegistry(read.right);
  const problems: Array<Problem> = [];
  const out: Array<LoadedResource> = [];
  for (const [i, doc] of read.right.entries()) {
    const label = `${file}[${i}]`;
    const kind = field(doc, 'kind');
    if (!isResourceKind(kind, choice.kinds)) {
      problems.push({ document: label, message: `is ${typeof kind === 'string' ? `a ${kind}` : 'no Argo object'}; this command takes ${choice.kinds.join(', ')}` });
      continue;
    }
    const found = validateDocument(doc, { templatesByName: registry });
    if (found.length > 0) problems.push(...found.map((p) => ({ ...p, document: label })));
    else out.push({ label, kind, manifest: doc as ArgoManifest });
  }
  return problems.length > 0 ? E.left(problems) : E.right(out);
};
