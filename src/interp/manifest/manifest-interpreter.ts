import * as E from 'fp-ts/lib/Either.js';
import { TiphysError, type Problem } from '../../core/problem.js';
import type { WorkflowNode } from '../../core/workflow-node.js';
import type { Workflow } from '../../core/workflow.js';
import type { WorkflowManifest } from './workflow-manifest.js';
import { checkHooks, invalidArgument } from './check-call.js';
import { collectTemplatesFrom, workflowRoots } from '../../core/collect-templates.js';
import { clashProblem } from './clash-problem.js';
import { renderHooks, renderTemplate } from './render-template.js';
import { checkArtifactArguments, renderArtifactArgs } from './render-artifact.js';
import { validateDocument } from '../../argo-docs/validate/index.js';
import type { LibraryRef } from '../../core/library-ref.js';
import { libraryGlobals, libraryOf } from '../../core/workflow-template-node.js';
import type { TemplateNode } from '../../core/template-node.js';
import { checkLibraryArguments } from './library-arguments.js';
import type {
  Template,
  WorkflowSpec as ArgoWorkflowSpec,
  WorkflowTemplateRef,
} from '../../argo-model/generated/argo-types.js';
import { checkFieldRefs, checkGlobalRefs, renderArguments } from './render-globals.js';

const json = (v: unknown): string => JSON.stringify(v);

const checkWorkflow = (wf: WorkflowNode, problems: Problem[]): void => {
  const { name, generateName } = wf.metadata;
  if (name === undefined && generateName === undefined) {
    problems.push({ path: 'metadata', message: 'the workflow needs `name` or `generateName`' });
  }
};

/** Arguments name the entrypoint's inputs (or declared globals), with literal values. */
const checkArguments = (wf: WorkflowNode, problems: Problem[]): void => {
  const entry = wf.entrypoint;
  const inputs = new Set(entry?.inputs.map((p) => p.name));
  const globals = new Set(wf.globals?.map((g) => g.name));
  for (const a of wf.arguments) {
    const path = `spec.arguments.parameters.${a.name}`;
    const invalid =
      entry !== undefined && inputs.has(a.name)
        ? invalidArgument(a, entry)
        : wf.workflowTemplateRef !== undefined && a.invalid !== undefined
          ? `argument '${a.name}' ${a.invalid}`
          : undefined;
    if (invalid !== undefined) problems.push({ path, message: invalid });
    if (entry !== undefined && wf.workflowTemplateRef === undefined && !inputs.has(a.name) && !globals.has(a.name)) {
      problems.push({
        path,
        message: `entrypoint '${entry.name}' has no input '${a.name}'; it takes: ${[...inputs].join(', ') || 'nothing'}`,
      });
    }
    if (a.refs.length > 0) problems.push({ path, message: 'workflow arguments must be literal values, not refs to tasks or inputs' });
  }
  const lib = wf.workflowTemplateRef;
  if (lib !== undefined) {
    checkLibraryArguments(lib, wf.entrypoint ?? lib.entrypoint, wf.arguments.map((a) => a.name), 'spec.arguments.parameters', problems);
    for (const a of wf.artifacts ?? []) {
      if (a.invalid !== undefined) problems.push({ path: `spec.arguments.artifacts.${a.name}`, message: `artifact '${a.name}' of ${lib.kind} '${lib.metadata.name ?? ''}' ${a.invalid}` });
    }
  }
  // A workflow run from a WorkflowTemplate gets the artifacts its template declares; its own override them.
  if (entry !== undefined && lib === undefined) checkArtifactArguments(wf.artifacts, entry, { where: 'spec.arguments' }, problems);
  for (const a of wf.artifacts ?? []) {
    if (a.value.refs.length > 0 || a.value.fields.from !== undefined) {
      problems.push({
        path: `spec.arguments.artifacts.${a.name}`,
        message: 'workflow artifact arguments must be locations (`httpArtifact(url)`, `s3({...})`, ...), not refs to tasks or inputs',
      });
    }
  }
};

/** Every template reachable from `roots`, rendered; two different templates under one name are a problem. */
export const renderTemplates = (
  roots: ReadonlyArray<TemplateNode>,
  problems: Problem[],
): { readonly nodes: ReadonlyArray<TemplateNode>; readonly templates: ReadonlyArray<Template> } => {
  const { templates, clashes } = collectTemplatesFrom(roots);
  const rendered = new Map(templates.map((t) => [t.name, renderTemplate(t, problems)]));
  for (const c of clashes) {
    const first = templates.find((t) => t.name === c.name)!;
    if (json(renderTemplate(c, [])) !== json(rendered.get(c.name))) problems.push(clashProblem(first, c));
  }
  return { nodes: templates, templates: [...rendered.values()] };
};

/** `workflowTemplateRef: { name, clusterScope? }`, `templateRef`'s shape without the template. */
export const libraryRef = (lib: LibraryRef): WorkflowTemplateRef => ({ name: lib.name, ...(lib.clusterScope && { clusterScope: true }) });

/**
 * The `spec` of a workflow: of a Workflow, of the workflow a CronWorkflow runs. Workflow-level fields
 * come first (the DSL's own fields override none of them: they are disjoint by type), the patch last.
 */
export const renderWorkflowSpec = (node: WorkflowNode, problems: Problem[]): ArgoWorkflowSpec => {
  checkArguments(node, problems);
  const roots = node.workflowTemplateRef !== undefined ? [] : workflowRoots(node);
  checkHooks(node.hooks, {}, 'spec.hooks.', problems);
  if (node.entrypoint === undefined && node.workflowTemplateRef === undefined) {
    problems.push({ path: 'spec.entrypoint', message: 'the workflow needs an `entrypoint` template or a `workflowTemplateRef`' });
  }
  const { nodes, templates } = renderTemplates(roots, problems);
  const globals = node.globals ?? [];
  const declared = new Set([...node.arguments.map((a) => a.name), ...globals.map((g) => g.name), ...(node.workflowTemplateRef === undefined ? [] : libraryGlobals(node.workflowTemplateRef)).map((g) => g.name)]);
  checkGlobalRefs(templates, nodes, declared, 'the workflow', problems);
  const fields = { ...node.fields, ...(node.serviceAccountName !== undefined && { serviceAccountName: node.serviceAccountName }) };
  checkFieldRefs(fields, declared, 'the workflow', problems);
  const args = renderArguments(node.arguments, globals, problems);
  const artifacts = renderArtifactArgs(node.artifacts);
  return {
    ...node.fields,
    ...(node.entrypoint !== undefined && { entrypoint: node.entrypoint.name }),
    ...((args.length > 0 || artifacts.length > 0) && {
      arguments: { ...(args.length > 0 && { parameters: args }), ...(artifacts.length > 0 && { artifacts }) },
    }),
    ...(node.onExit !== undefined && { onExit: node.onExit.name }),
    ...(node.hooks !== undefined && { hooks: renderHooks(node.hooks) }),
    ...(node.serviceAccountName !== undefined && { serviceAccountName: node.serviceAccountName }),
    ...(node.workflowTemplateRef !== undefined && { workflowTemplateRef: libraryRef(libraryOf(node.workflowTemplateRef)) }),
    ...(node.workflowTemplateRef === undefined && { templates }),
    ...node.patch,
  };
};

/**
 * Renders a workflow to Argo's `Workflow` object, or every problem found on the way (dangling or
 * out-of-scope refs, unknown or missing arguments, cycles, clashing template names...). Does not run
 * Argo's validation rules; `compileWorkflow` does. A workflow run from a WorkflowTemplate has no
 * templates of its own: render it with `renderDocument`.
 * @category interpreters
 */
export const renderWorkflow = (wf: Workflow<unknown, unknown>): E.Either<ReadonlyArray<Problem>, WorkflowManifest> =>
  renderWorkflowNode(wf.node);

/** `renderWorkflow` of the AST root, for a workflow nested in a resource template's manifest. */
export const renderWorkflowNode = (node: WorkflowNode): E.Either<ReadonlyArray<Problem>, WorkflowManifest> => {
  const problems: Problem[] = [];
  checkWorkflow(node, problems);
  if (node.workflowTemplateRef !== undefined) {
    problems.push({
      path: 'spec.workflowTemplateRef',
      message: `the workflow runs ${node.workflowTemplateRef.kind} '${node.workflowTemplateRef.metadata.name ?? ''}' and has no templates of its own; render it with renderDocument`,
    });
  }
  const spec = renderWorkflowSpec(node, problems);
  if (problems.length > 0 || spec.entrypoint === undefined || spec.templates === undefined) return E.left(problems);
  return E.right({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: node.metadata,
    spec: { ...spec, entrypoint: spec.entrypoint, templates: spec.templates },
  });
};

/**
 * Renders a workflow and checks the result with Argo's validation rules (`validateDocument`), so that
 * nothing a cluster would refuse leaves tiphys. Returns every problem found.
 * @category interpreters
 */
export const compileWorkflow = (wf: Workflow<unknown, unknown>): E.Either<ReadonlyArray<Problem>, WorkflowManifest> =>
  E.flatMap(renderWorkflow(wf), (manifest) => {
    const problems = validateDocument(manifest);
    return problems.length > 0 ? E.left(problems) : E.right(manifest);
  });

/**
 * The Argo `Workflow` object of a workflow; throws one `TiphysError` listing every problem.
 * @category interpreters
 */
export const toManifest = (wf: Workflow<unknown, unknown>): WorkflowManifest =>
  E.getOrElseW((problems: ReadonlyArray<Problem>) => {
    throw new TiphysError(problems, `workflow ${workflowLabel(wf)}`);
  })(compileWorkflow(wf));

/** `'dag-diamond-'` or `'my-wf'`: how a workflow is named in messages. */
export const workflowLabel = (wf: Workflow<unknown, unknown>): string =>
  `'${wf.node.metadata.name ?? wf.node.metadata.generateName ?? '(unnamed)'}'`;
