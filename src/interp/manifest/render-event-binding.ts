import type { Parameter, WorkflowEventBinding as ArgoWorkflowEventBinding } from '../../argo-model/generated/argo-types.js';
import type { Problem } from '../../core/problem.js';
import type { BindingArgNode, BindingSubmitNode, WorkflowEventBindingNode } from '../../core/workflow-event-binding-node.js';
import { libraryOf } from '../../core/workflow-template-node.js';
import { checkLibraryArguments } from './library-arguments.js';
import { libraryRef } from './manifest-interpreter.js';
import { renderGlobal } from './render-globals.js';

const ARGS_PATH = 'spec.submit.arguments.parameters';

const renderArg = (a: BindingArgNode, problems: Problem[]): Parameter => {
  if ('arg' in a) {
    if (a.arg.invalid !== undefined) problems.push({ path: `${ARGS_PATH}.${a.arg.name}`, message: `argument '${a.arg.name}' ${a.arg.invalid}` });
    return { name: a.arg.name, value: a.arg.value };
  }
  const { name, param } = a.param;
  if (param.default === undefined && param.valueFrom?.event === undefined && param.valueFrom?.configMapKeyRef === undefined)
    problems.push({ path: `${ARGS_PATH}.${name}`, message: `argument '${name}' has no value: read it from the event (\`param.string({ event: 'payload.${name}' })\`) or give a literal` });
  return renderGlobal(a.param, problems);
};

const renderSubmit = (submit: BindingSubmitNode, problems: Problem[]): NonNullable<ArgoWorkflowEventBinding['spec']['submit']> => {
  const lib = submit.workflowTemplateRef;
  const names = submit.arguments.map((a) => ('arg' in a ? a.arg.name : a.param.name));
  checkLibraryArguments(lib, lib.entrypoint, names, ARGS_PATH, problems);
  const parameters = submit.arguments.map((a) => renderArg(a, problems));
  return {
    workflowTemplateRef: libraryRef(libraryOf(lib)),
    ...(submit.metadata !== undefined && { metadata: submit.metadata }),
    ...(parameters.length > 0 && { arguments: { parameters } }),
  };
};

/** A WorkflowEventBinding: its selector, and the run of a WorkflowTemplate it submits, its arguments checked against the template. */
export const renderBinding = (node: WorkflowEventBindingNode, problems: Problem[]): ArgoWorkflowEventBinding => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'WorkflowEventBinding',
  metadata: node.metadata,
  spec: {
    event: { selector: node.selector },
    ...(node.submit !== undefined && { submit: renderSubmit(node.submit, problems) }),
  },
});
