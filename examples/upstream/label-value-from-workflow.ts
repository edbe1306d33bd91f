import { container, globals, param, workflow } from 'tiphys';

const g = globals({ foo: param.string({ default: 'bar' }) });

const main = container({ name: 'main', image: 'argoproj/argosay:v2' });

export default workflow({
  generateName: 'label-value-from-',
  annotations: {
    'workflows.argoproj.io/version': '>= v3.3.0',
    'workflows.argoproj.io/description':
      'This examples show you how to add labels based on an expression.\nYou can then query workflows based on the parameters they were invoked with.\nIn this specific case, the value of foo will set as a label on the workflow.\n',
  },
  arguments: g,
  // The workflow's label foo is the value of its parameter foo (an expr-lang expression, evaluated by Argo).
  workflowMetadata: { labelsFrom: { foo: { expression: 'workflow.parameters.foo' } } },
  entrypoint: main,
});
