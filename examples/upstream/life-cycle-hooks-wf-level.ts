import { container, eq, hook, http, steps, wf, workflow } from 'tiphys';

const heads = container({ name: 'heads', image: 'alpine:3.23', command: ['sh', '-c'], args: ['echo "it was heads"'] });
const swagger = http({
  name: 'http',
  url: 'https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc/pkg/apis/workflow/v1alpha1/generated.swagger.json',
});

const main = steps('main', (s) => void s.step('step1', heads, {}));

export default workflow({
  generateName: 'lifecycle-hook-',
  entrypoint: main,
  // `exit` runs when the workflow ends; `running` when its expression turns true.
  hooks: { exit: swagger, running: hook({ template: swagger, expression: eq(wf.status, 'Running') }) },
});
