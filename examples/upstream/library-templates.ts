import { pipe } from 'fp-ts/lib/function.js';
import { clusterWorkflowTemplate, container, dag, param, par, seq, step, steps, withRetry, workflowTemplate } from 'tiphys';
import { printMessage } from '../lib/print-message.js';

/**
 * The libraries of workflow-template/templates.yaml and cluster-workflow-template/clustertemplates.yaml:
 * the same five documents, namespaced or cluster-wide, under a name prefix.
 */
export const libraries = (cluster: boolean) => {
  const make = cluster ? clusterWorkflowTemplate : workflowTemplate;
  const prefix = cluster ? 'cluster-workflow-template' : 'workflow-template';
  const printMessageLib = make({ name: `${prefix}-print-message`, ...(!cluster && { entrypoint: printMessage }), templates: { printMessage } });
  const randomFail = pipe(
    container({
      name: 'random-fail-template',
      image: 'python:alpine3.23',
      command: ['python', '-c'],
      args: ['import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)'],
    }),
    withRetry({ limit: 10 }),
  );
  const randomFailLib = make({ name: `${prefix}-random-fail-template`, templates: { randomFail } });
  const remote = printMessageLib.templates.printMessage;
  const innerSteps = steps(
    'inner-steps',
    seq(
      step('inner-hello1', remote, { message: 'inner-hello1' }),
      par(step('inner-hello2a', remote, { message: 'inner-hello2a' }), step('inner-hello2b', cluster ? remote : printMessage, { message: 'inner-hello2b' })),
    ),
  );
  const innerStepsLib = make({ name: `${prefix}-inner-steps`, templates: { printMessage, innerSteps } });
  const innerDiamond = dag('inner-diamond', (d) => {
    const a = d.task('inner-A', remote, { message: 'inner-A' });
    const b = d.task('inner-B', printMessage, { message: 'inner-B' }, { after: [a] });
    const c = d.task('inner-C', printMessage, { message: 'inner-C' }, { after: [a] });
    d.task('inner-D', remote, { message: 'inner-D' }, { after: [b, c] });
  });
  const innerDagLib = make({ name: `${prefix}-inner-dag`, templates: { printMessage, innerDiamond } });
  const submittable = make({
    name: `${prefix}-submittable`,
    entrypoint: printMessage,
    arguments: { message: param.string({ default: 'hello world' }) },
    templates: { printMessage },
  });
  return { printMessageLib, randomFailLib, innerStepsLib, innerDagLib, submittable };
};
