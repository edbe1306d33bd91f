import { container, eq, hook, http, steps, workflow, type NodePhase, type Ref } from 'tiphys';

const echo = container({ name: 'echo', image: 'alpine:3.23', command: ['sh', '-c'], args: ['echo "it was heads"'] });
const swagger = http({
  name: 'http',
  url: 'https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc/pkg/apis/workflow/v1alpha1/generated.swagger.json',
});

// Each step's hooks watch its own phase: `running` while it runs, `success` once it succeeded.
const statusHooks = (status: Ref<NodePhase>) => ({
  running: hook({ template: swagger, expression: eq(status, 'Running') }),
  success: hook({ template: swagger, expression: eq(status, 'Succeeded') }),
});

const main = steps('main', (s) => {
  s.step('step-1', echo, {}, { hooks: (self) => statusHooks(self.status) });
  s.step('step2', echo, {}, { hooks: (self) => statusHooks(self.status) });
});

export default workflow({ generateName: 'lifecycle-hook-tmpl-level-', entrypoint: main });
