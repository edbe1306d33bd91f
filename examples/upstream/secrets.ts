import { container, secretKey, workflow } from 'tiphys';

export default workflow({
  generateName: 'secrets-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  patch: { volumes: [{ name: 'my-secret-vol', secret: { secretName: 'my-secret' } }] },
  entrypoint: container({
    name: 'print-secret',
    image: 'alpine:3.23',
    command: ['sh', '-c'],
    args: [' echo "secret from env: $MYSECRETPASSWORD"; echo "secret from file: `cat /secret/mountpath/mypassword`" '],
    env: { MYSECRETPASSWORD: secretKey('my-secret', 'mypassword') },
    volumeMounts: [{ name: 'my-secret-vol', mountPath: '/secret/mountpath' }],
  }),
});
