import { container, workflow } from 'tiphys';

export default workflow({
  generateName: 'timeouts-step-',
  labels: { 'workflows.argoproj.io/no-test': 'expected-failure' },
  annotations: {
    'workflows.argoproj.io/no-test-reason':
      'It looks like the container does not terminate in a clean way\n\ntime=2025-11-28T16:47:21.850Z level=DEBUG msg="ignore signal" argo=true signal="child exited"\ntime=2025-11-28T16:47:22.858Z level=DEBUG msg="forwarding signal" argo=true signal=terminated\ntime=2025-11-28T16:47:23.327Z level=INFO msg="sub-process exited" argo=true error="exit status 143"\ntime=2025-11-28T16:47:23.327Z level=DEBUG msg="ignore signal" argo=true signal="urgent I/O condition"\nError: exit status 143\n',
  },
  entrypoint: container({
    name: 'sleep',
    image: 'argoproj/argosay:v2',
    command: ['bash', '-c'],
    args: ['echo 123; sleep 1d'],
    // The step fails when it runs longer than this.
    activeDeadlineSeconds: 10,
  }),
});
