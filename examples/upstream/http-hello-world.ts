import { http, param, steps, workflow } from 'tiphys';

const get = http({ name: 'http', inputs: { url: param.string() }, url: (i) => i.url });

const swagger = (rev: string) => `https://raw.githubusercontent.com/argoproj/argo-workflows/${rev}/pkg/apis/workflow/v1alpha1/generated.swagger.json`;

export default workflow({
  generateName: 'http-template-',
  annotations: {
    'workflows.argoproj.io/description': 'Http template will demostrate http template functionality\n',
    'workflows.argoproj.io/version': '>= 3.2.0',
  },
  entrypoint: steps('main', (s) =>
    s.parallel((p) => {
      p.step('good', get, { url: swagger('4e450e250168e6b4d51a126b784e90b11a0162bc') });
      p.step('bad', get, { url: swagger('thisisnotahash') }, { continueOn: { failed: true } });
    }),
  ),
});
