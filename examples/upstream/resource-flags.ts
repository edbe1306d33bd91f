import { eq, resource, steps, workflow } from 'tiphys';

const route = {
  apiVersion: 'route.openshift.io/v1',
  kind: 'Route',
  metadata: { name: 'host-route' },
  spec: { to: { kind: 'Service', name: 'service-name' } },
};

const createRoute = resource({ name: 'create-route', action: 'create', manifest: route });

const createRouteWithoutValidation = resource({
  name: 'create-route-without-validation',
  action: 'create',
  flags: ['--validate=false'], // validation will be turned off
  manifest: route,
});

export default workflow({
  generateName: 'resource-validate-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  annotations: { 'workflows.argoproj.io/no-test-reasons': 'route openshift crd not installed\n' },
  entrypoint: steps('resource-validate-example', (s) => {
    const submit = s.step('submit-resource', createRoute, {}, { continueOn: { failed: true } });
    s.step('submit-resource-without-validation', createRouteWithoutValidation, {}, {
      when: eq(submit.status, 'Failed'),
    });
  }),
});
