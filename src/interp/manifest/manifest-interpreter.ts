import * as E from 'fp-ts/lib/Either.js';
import { TiphysError, type Problem } from '../../core/problem.js';
import type { WorkflowNode } from '../../core/workflow-node.js';
import type { Workflow } from '../../core/workflow.js';
import type { WorkflowManifest } from './workflow-manifest.js';
import { invalidArgument } from './check-call.js';
import { collectTemplates } from '../../core/collect-templates.js';
import { clashProblem } from './clash-problem.js';
import { renderTemplate } from './render-template.js';
import { validateDocument } from '../../argo-docs/validate/index.js';

const json = (v: unknown): string => JSON.stringify(v);

const checkWorkflow = (wf: WorkflowNode, problems: Problem[]): void => {
  const { name, generateName } = wf.metadata;
  if (name === undefined && generateName === undefined) {
    problems.push({ path: 'metadata', message: 'the workflow needs `name` or `generateName`' });
  }
  const inputs = new Set(wf.entrypoint.inputs.map((p) => p.name));
  for (const a of wf.arguments) {
    const invalid = inputs.has(a.name) ? invalidArgument(a, wf.entrypoint) : undefined;
    if (invalid !== undefined) problems.push({ path: `spec.arguments.parameters.${a.name}`, message: invalid });
    if (!inputs.has(a.name)) {
      problems.push({
        path: `spec.arguments.parameters.${a.name}`,
        message: `entrypoint '${wf.entrypoint.name}' has no input '${a.name}'; it takes: ${[...inputs].join(', ') || 'nothing'}`,
      });
    }
    if (a.refs.length > 0) {
      problems.push({
        path: `spec.arguments.parameters.${a.name}`,
        message: 'workflow arguments must be literal values, not refs to tasks or inputs',
      });
    }
  }
};

/**
 * Renders a workflow to Argo's `Workflow` object, or every problem found on the way (dangling or
 * out-of-scope refs, unknown or missing arguments, cycles, clashing template names...). Does not run
 * Argo's validation rules; `compileWorkflow` does.
 * @category interpreters
 */
export const renderWorkflow = (wf: Workflow<unknown, unknown>): E.Either<ReadonlyArray<Problem>, WorkflowManifest> =>
  renderWorkflowNode(wf.node);

/** `renderWorkflow` of the AST root, for a workflow nested in a resource template's manifest. */
export const renderWorkflowNode = (node: WorkflowNode): E.Either<ReadonlyArray<Problem>, WorkflowManifest> => {
  const problems: Problem[] = [];
  checkWorkflow(node, problems);
  const { templates, clashes } = collectTemplates(node);
  const rendered = new Map(templates.map((t) => [t.name, renderTemplate(t, problems)]));
  for (const c of clashes) {
    const first = templates.find((t) => t.name === c.name)!;
    if (json(renderTemplate(c, [])) !== json(rendered.get(c.name))) problems.push(clashProblem(first, c));
  }
  if (problems.length > 0) return E.left(problems);
  const { metadata } = node;
  const args = node.arguments.map((a) => ({ name: a.name, value: a.value }));
  return E.right({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata,
    spec: {
      entrypoint: node.entrypoint.name,
      ...(args.length > 0 && { arguments: { parameters: args } }),
      ...(node.onExit !== undefined && { onExit: node.onExit.name }),
      ...(node.serviceAccountName !== undefined && { serviceAccountName: node.serviceAccountName }),
      templates: [...rendered.values()],
      ...node.patch,
    },
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
