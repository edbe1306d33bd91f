import { container, hook, http, steps, workflow } from 'tiphys';

const echo = container({ name: 'echo', image: 'alpine:3.23', command: ['sh', '-c'], args: ['echo "it was heads"'] });
const swagger = http({
  name: 'http',
  url: 'https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc/pkg/apis/workflow/v1alpha1/generated.swagger.json',
});

// A hook reads the status of the step it is on; its own handle does not exist yet, so the expression is text.
const statusHooks = (self: string) => ({
  running: hook({ template: swagger, expression: `${self}.status == "Running"` }),
  success: hook({ template: swagger, expression: `${self}.status == "Succeeded"` }),
});

const main = steps('main', (s) => {
  s.step('step-1', echo, {}, { hooks: statusHooks('steps["step-1"]') });
  s.step('step2', echo, {}, { hooks: statusHooks('steps.step2') });
});

export default workflow({ generateName: 'lifecycle-hook-tmpl-level-', entrypoint: main });
