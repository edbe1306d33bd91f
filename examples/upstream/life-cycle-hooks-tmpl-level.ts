import { container, eq, expr, hook, http, steps, workflow, type NodePhase } from 'tiphys';

const echo = container({ name: 'echo', image: 'alpine:3.23', command: ['sh', '-c'], args: ['echo "it was heads"'] });
const swagger = http({
  name: 'http',
  url: 'https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc/pkg/apis/workflow/v1alpha1/generated.swagger.json',
});

// A hook reads the phase of the step it is on, whose handle does not exist yet: a phase ref by the step's name.
const statusHooks = (step: string) => {
  const status = expr<NodePhase>(`steps.${step}.status`);
  return {
    running: hook({ template: swagger, expression: eq(status, 'Running') }),
    success: hook({ template: swagger, expression: eq(status, 'Succeeded') }),
  };
};

const main = steps('main', (s) => {
  s.step('step-1', echo, {}, { hooks: statusHooks('step-1') });
  s.step('step2', echo, {}, { hooks: statusHooks('step2') });
});

export default workflow({ generateName: 'lifecycle-hook-tmpl-level-', entrypoint: main });
