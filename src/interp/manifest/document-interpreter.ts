import * as E from 'fp-ts/lib/Either.js';
import type {
  ClusterWorkflowTemplate as ArgoClusterWorkflowTemplate,
  CronWorkflow as ArgoCronWorkflow,
  Workflow as ArgoWorkflow,
  WorkflowEventBinding as ArgoWorkflowEventBinding,
  WorkflowTemplate as ArgoWorkflowTemplate,
} from '../../argo-model/generated/argo-types.js';
import { templateRegistry, validateDocument } from '../../argo-docs/validate/index.js';
import type { CronWorkflow } from '../../core/cron-workflow.js';
import type { CronWorkflowNode } from '../../core/cron-workflow-node.js';
import type { KubernetesObject } from '../../core/kubernetes-object.js';
import type { WorkflowEventBinding } from '../../core/workflow-event-binding.js';
import { TiphysError, type Problem } from '../../core/problem.js';
import type { RootKind, RootNode } from '../../core/root-node.js';
import type { TemplateNode } from '../../core/template-node.js';
import type { Workflow } from '../../core/workflow.js';
import type { WorkflowNode } from '../../core/workflow-node.js';
import type { WorkflowTemplate } from '../../core/workflow-template.js';
import { libraryGlobals, type WorkflowTemplateNode } from '../../core/workflow-template-node.js';
import { callees, libraryRoots, workflowRoots } from '../../core/collect-templates.js';
import { checkHooks } from './check-call.js';
import { renderHooks, renderTemplate } from './render-template.js';
import { checkFieldRefs, checkGlobalRefs, renderArguments } from './render-globals.js';
import { renderArtifactArgs } from './render-artifact.js';
import { renderTemplates, renderWorkflowSpec } from './manifest-interpreter.js';
import { renderBinding } from './render-event-binding.js';
import { renderKubernetesObject, type KubernetesManifest } from './render-kubernetes-object.js';

/** A value a module can export as a document: an Argo kind, or a plain Kubernetes object. @category model */
export type DocumentValue = Workflow<unknown, unknown> | WorkflowTemplate<unknown, unknown> | CronWorkflow | WorkflowEventBinding | KubernetesObject;

/** The Argo object of an Argo kind. @category model */
export type ArgoDocumentManifest = ArgoWorkflow | ArgoWorkflowTemplate | ArgoClusterWorkflowTemplate | ArgoCronWorkflow | ArgoWorkflowEventBinding;

/** The object of a `DocumentValue`. @category model */
export type DocumentManifest = ArgoDocumentManifest | KubernetesManifest;

/** The object a value renders to, by its kind (`DocumentManifest` for any value). @category type-level */
export type ManifestOf<V> = V extends KubernetesObject
  ? KubernetesManifest
  : V extends WorkflowEventBinding
    ? ArgoWorkflowEventBinding
    : V extends CronWorkflow
      ? ArgoCronWorkflow
      : V extends Workflow<unknown, unknown>
        ? ArgoWorkflow
        : V extends WorkflowTemplate<unknown, unknown>
          ? ArgoWorkflowTemplate | ArgoClusterWorkflowTemplate
          : DocumentManifest;

const API_VERSION = 'argoproj.io/v1alpha1';

type Renderer<K extends RootKind> = (node: Extract<RootNode, { kind: K }>, problems: Problem[]) => DocumentManifest;

const renderWorkflowDocument: Renderer<'Workflow'> = (node, problems) => {
  const { name, generateName } = node.metadata;
  if (name === undefined && generateName === undefined) problems.push({ path: 'metadata', message: 'the workflow needs `name` or `generateName`' });
  return { apiVersion: API_VERSION, kind: 'Workflow', metadata: node.metadata, spec: renderWorkflowSpec(node, problems) };
};

/** A WorkflowTemplate's artifact arguments are for its entrypoint: each names one of its artifact inputs. */
const checkLibraryArtifacts = (node: WorkflowTemplateNode, problems: Problem[]): void => {
  const entry = node.entrypoint;
  const inputs = (entry?.inputArtifacts ?? []).map((a) => a.name);
  for (const { name } of node.artifacts ?? []) {
    if (!inputs.includes(name)) {
      problems.push({
        path: `spec.arguments.artifacts.${name}`,
        message:
          entry === undefined
            ? `artifact argument '${name}' is for the entrypoint, and ${node.kind} '${node.metadata.name ?? ''}' has none; give it an \`entrypoint\` with an artifact input '${name}'`
            : `artifact argument '${name}' is no artifact input of entrypoint '${entry.name}'; it takes: ${inputs.join(', ') || 'nothing'}`,
      });
    }
  }
};

const renderLibrary = <K extends 'WorkflowTemplate' | 'ClusterWorkflowTemplate'>(
  node: WorkflowTemplateNode & { readonly kind: K },
  problems: Problem[],
): ArgoDocumentManifest => {
  checkHooks(node.hooks, {}, 'spec.hooks.', problems);
  const { nodes, templates } = renderTemplates(libraryRoots(node), problems);
  const declared = new Set(libraryGlobals(node).map((g) => g.name));
  const owner = `${node.kind} '${node.metadata.name ?? ''}'`;
  checkGlobalRefs(templates, nodes, declared, owner, problems);
  checkFieldRefs(node.fields, declared, owner, problems);
  const args = renderArguments([], node.globals, problems);
  checkLibraryArtifacts(node, problems);
  const artifacts = renderArtifactArgs(node.artifacts);
  return {
    apiVersion: API_VERSION,
    kind: node.kind,
    metadata: node.metadata,
    spec: {
      ...node.fields,
      ...(node.entrypoint !== undefined && { entrypoint: node.entrypoint.name }),
      ...(node.onExit !== undefined && { onExit: node.onExit.name }),
      ...(node.hooks !== undefined && { hooks: renderHooks(node.hooks) }),
      ...((args.length > 0 || artifacts.length > 0) && {
        arguments: { ...(args.length > 0 && { parameters: args }), ...(artifacts.length > 0 && { artifacts }) },
      }),
      templates,
    },
  };
};

const FOREIGN_VARIABLE = /\b(?:inputs|outputs|tasks|steps|workflow|item|lastRetry)\b(?:\.[\w-]+|\[[^\]]*\])*/g;

/**
 * A CronWorkflow's `when` and `stopStrategy.expression` are evaluated by the cron controller with its
 * `cronworkflow.*` variables only: a template's or a workflow's variable there never resolves.
 */
const checkCronConditions = (cron: CronWorkflowNode['cron'], problems: Problem[]): void => {
  const conditions = [
    ['spec.when', cron.when],
    ['spec.stopStrategy.expression', cron.stopStrategy?.expression],
  ] as const;
  for (const [path, text] of conditions) {
    const foreign = [...new Set([...(text ?? '').matchAll(FOREIGN_VARIABLE)].map((m) => m[0]))];
    if (foreign.length > 0) {
      problems.push({
        path,
        message: `reads ${foreign.join(', ')}, but Argo evaluates it with the CronWorkflow's variables only (cron.name, cron.failed, cron.succeeded, cron.lastScheduledTime, cron.labels(k), ...)`,
      });
    }
  }
};

const renderCron: Renderer<'CronWorkflow'> = (node: CronWorkflowNode, problems) => {
  checkCronConditions(node.cron, problems);
  // Argo names each run; the workflow's own labels and annotations go to `workflowMetadata`.
  const { labels, annotations } = node.workflow.metadata;
  const workflowMetadata = { ...(labels !== undefined && { labels }), ...(annotations !== undefined && { annotations }) };
  return {
    apiVersion: API_VERSION,
    kind: 'CronWorkflow',
    metadata: node.metadata,
    spec: {
      ...node.cron,
      ...(Object.keys(workflowMetadata).length > 0 && { workflowMetadata }),
      workflowSpec: renderWorkflowSpec(node.workflow, problems),
    },
  };
};

/** One renderer per root kind: adding a kind fails to compile until it is handled here. */
const renderers: { readonly [K in RootKind]: Renderer<K> } = {
  Workflow: renderWorkflowDocument,
  WorkflowTemplate: (n, p) => renderLibrary(n, p),
  ClusterWorkflowTemplate: (n, p) => renderLibrary(n, p),
  CronWorkflow: renderCron,
  WorkflowEventBinding: renderBinding,
  KubernetesObject: renderKubernetesObject,
};

/**
 * Renders any exportable value (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow,
 * WorkflowEventBinding, Kubernetes object) to its object, or every problem found. Does not run Argo's rules; `compileDocument` does.
 * @category interpreters
 */
export const renderDocument = <V extends DocumentValue>(v: V): E.Either<ReadonlyArray<Problem>, ManifestOf<V>> => {
  const problems: Problem[] = [];
  const doc = (renderers[v.node.kind] as Renderer<RootKind>)(v.node as never, problems);
  return problems.length > 0 ? E.left(problems) : E.right(doc as ManifestOf<V>);
};

/** Library templates a document calls by `templateRef`, grouped as the WorkflowTemplates they come from. */
const calledLibraries = (root: RootNode): ReadonlyArray<ArgoDocumentManifest> => {
  const starts: ReadonlyArray<TemplateNode> =
    root.kind === 'CronWorkflow'
      ? workflowRoots(root.workflow)
      : root.kind === 'Workflow'
        ? workflowRoots(root)
        : root.kind === 'WorkflowTemplate' || root.kind === 'ClusterWorkflowTemplate'
          ? libraryRoots(root)
          : [];
  const libs = new Map<string, { kind: 'WorkflowTemplate' | 'ClusterWorkflowTemplate'; name: string; templates: Map<string, TemplateNode> }>();
  const seen = new Set<TemplateNode>();
  const stack = [...starts];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (seen.has(t)) continue;
    seen.add(t);
    // A stub's body is unknown: its calls are checked by its signature alone (and Argo's rules accept a templateRef not known offline).
    if (t.kind === 'Stub') continue;
    if (t.library !== undefined) {
      const key = `${t.library.clusterScope}/${t.library.name}`;
      const lib = libs.get(key) ?? { kind: t.library.clusterScope ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate', name: t.library.name, templates: new Map() };
      lib.templates.set(t.name, t);
      libs.set(key, lib);
      continue;
    }
    stack.push(...callees(t));
  }
  // The WorkflowTemplate a workflow runs whole is known from its value too; it comes last, so it is what its name resolves to.
  const run =
    root.kind === 'Workflow'
      ? root.workflowTemplateRef
      : root.kind === 'CronWorkflow'
        ? root.workflow.workflowTemplateRef
        : root.kind === 'WorkflowEventBinding'
          ? root.submit?.workflowTemplateRef
          : undefined;
  const whole: ReadonlyArray<ArgoDocumentManifest> = run === undefined || run.stub === true ? [] : [renderLibrary(run, [])];
  return [...[...libs.values()].map((l): ArgoDocumentManifest => ({
    apiVersion: API_VERSION,
    kind: l.kind,
    metadata: { name: l.name },
    spec: { templates: [...l.templates.values()].map((t) => renderTemplate({ ...t, library: undefined } as never, [])) },
  })), ...whole];
};

/**
 * Renders a value and checks the result with Argo's validation rules. The templates it calls by
 * `templateRef`, and the WorkflowTemplate it runs by `workflowTemplateRef`, are known from their values,
 * so those refs are checked too.
 * @category interpreters
 */
export const compileDocument = <V extends DocumentValue>(v: V): E.Either<ReadonlyArray<Problem>, ManifestOf<V>> =>
  E.flatMap(renderDocument(v), (doc: ManifestOf<V>) => {
    // A plain Kubernetes object has no Argo rules: rendering checked its shape.
    const problems = v.node.kind === 'KubernetesObject' ? [] : validateDocument(doc, { templatesByName: templateRegistry(calledLibraries(v.node)) });
    return problems.length > 0 ? E.left(problems) : E.right(doc);
  });

/**
 * The Argo object of any exportable value; throws one `TiphysError` listing every problem.
 * @category interpreters
 */
export const toDocument = <V extends DocumentValue>(v: V): ManifestOf<V> =>
  E.getOrElseW((problems: ReadonlyArray<Problem>) => {
    throw new TiphysError(problems, `${v.node.kind === 'KubernetesObject' ? v.node.objectKind : v.node.kind} '${v.node.metadata.name ?? v.node.metadata.generateName ?? '(unnamed)'}'`);
  })(compileDocument(v));

/** Every kind of value a module can export as a document: those with a renderer. @category model */
export const DOCUMENT_KINDS = Object.keys(renderers) as ReadonlyArray<RootKind>;

/** @category refinements */
export const isDocumentValue = (u: unknown): u is DocumentValue => {
  const kind = typeof u === 'object' && u !== null ? (u as { kind?: unknown }).kind : undefined;
  // A stub names a template that lives elsewhere: it is no document of the module.
  return (
    typeof kind === 'string' &&
    (DOCUMENT_KINDS as ReadonlyArray<string>).includes(kind) &&
    'node' in (u as object) &&
    (u as { stub?: unknown }).stub !== true
  );
};
