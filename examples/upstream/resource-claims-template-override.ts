import { container, steps, workflow } from 'tiphys';

const device = (name: string, message: string, claimTemplate?: string) =>
  container({
    name,
    image: 'busybox',
    command: ['echo'],
    args: [message],
    resources: { claims: [{ name: 'accelerator' }] },
    // A template's own claim of the same name overrides the workflow's.
    ...(claimTemplate !== undefined && { resourceClaims: [{ name: 'accelerator', resourceClaimTemplateName: claimTemplate }] }),
  });

export default workflow({
  generateName: 'resource-claims-template-override-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  resourceClaims: [{ name: 'accelerator', resourceClaimTemplateName: 'example-device-claim-template' }],
  entrypoint: steps('main', (s) => {
    s.step('default-device', device('default-device', 'using the workflow default device'), {});
    s.step('other-device', device('other-device', 'using a different device', 'example-large-device-claim-template'), {});
  }),
});
