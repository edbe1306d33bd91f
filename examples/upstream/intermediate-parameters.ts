import { container, eq, param, steps, suspend, workflow } from 'tiphys';

const approval = suspend({
  name: 'approval',
  inputs: {
    approve: param.enumWithDefault(['YES', 'NO'], 'NO', {
      description: 'Choose YES to continue workflow and deploy to production',
    }),
  },
  // Set when the workflow is resumed: `tiphys resume --node approval -p approve=YES`.
  outputs: { approve: param.string({ supplied: true }) },
});

const deploy = container({ name: 'deploy', image: 'argoproj/argosay:v2', command: ['/argosay'], args: ['echo', 'deploying'] });

export default workflow({
  generateName: 'intermediate-parameters-cicd-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: steps('cicd-pipeline', (s) => {
    s.step('deploy-pre-prod', deploy, {});
    const ok = s.step('approval', approval, {});
    s.step('deploy-prod', deploy, {}, { when: eq(ok.out.approve, 'YES') });
  }),
});
