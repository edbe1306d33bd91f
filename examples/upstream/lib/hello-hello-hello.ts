import { par, seq, step, steps, workflow, type Template } from 'tiphys';
import { workflowTemplatePrintMessage } from './workflow-templates.stub.js';

/**
 * workflow-template/steps.yaml and cluster-workflow-template/mixed-cluster-namespaced-wftmpl-steps.yaml:
 * three calls of templates that live on the cluster, typed by the stubs `tiphys stub` wrote, the middle
 * one to `innerSteps` (namespaced in one, cluster-wide in the other).
 */
export const helloHelloHello = (innerSteps: Template<{}, unknown>) => {
  const print = workflowTemplatePrintMessage.templates.printMessage;
  const main = steps(
    'hello-hello-hello',
    seq(
      step('hello1', print, { message: 'hello1' }),
      par(
        // inner-steps declares no input; upstream passes one all the same, which Argo ignores.
        step('hello2a', innerSteps, {}, { extraArgs: { message: 'hello2a' } }),
        step('hello2b', print, { message: 'hello2b' }),
      ),
    ),
  );
  return workflow({ generateName: 'workflow-template-steps-', entrypoint: main });
};
