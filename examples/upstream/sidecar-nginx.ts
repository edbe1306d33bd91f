import { container, workflow } from 'tiphys';

export default workflow({
  generateName: 'sidecar-nginx-',
  entrypoint: container({
    name: 'sidecar-nginx-example',
    image: 'curlimages/curl:latest',
    command: ['sh', '-c'],
    args: ["until `curl -G 'http://127.0.0.1/' >& /tmp/out`; do echo sleep && sleep 1; done && cat /tmp/out"],
    sidecars: [{ name: 'nginx', image: 'nginx:1.13', command: ['nginx', '-g', 'daemon off;'] }],
  }),
});
