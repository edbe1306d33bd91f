import { container, workflow } from 'tiphys';

export default workflow({
  generateName: 'sidecar-dind-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: container({
    name: 'dind-sidecar-example',
    image: 'docker:19.03.13',
    command: ['sh', '-c'],
    args: ['until docker ps; do sleep 3; done; docker run --rm debian:latest cat /etc/os-release'],
    env: { DOCKER_HOST: '127.0.0.1' },
    sidecars: [
      {
        name: 'dind',
        image: 'docker:19.03.13-dind',
        command: ['dockerd-entrypoint.sh'],
        env: [{ name: 'DOCKER_TLS_CERTDIR', value: '' }],
        securityContext: { privileged: true },
        // Sees the main container's volumes, so `docker run -v` works.
        mirrorVolumeMounts: true,
      },
    ],
  }),
});
