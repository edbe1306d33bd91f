import { container, param, withRetry } from 'tiphys';

/** The nginx daemon and its curl client that the daemon-retry examples share. */
export const server = (retries: number) =>
  withRetry(
    container({
      name: 'server',
      image: 'nginx:1.13',
      command: ['nginx'],
      args: ['-g', 'daemon off;'],
      // Keeps running while the calls after it talk to it, at `server.ip`.
      daemon: true,
      readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 2, timeoutSeconds: 1 },
    }),
    { limit: retries },
  );

export const client = container({
  name: 'client',
  image: 'curlimages/curl:latest',
  inputs: { 'server-ip': param.string() },
  command: ['/bin/sh', '-c'],
  args: (i) => [`echo curl --silent -G http://${i['server-ip']}:80/ && curl --silent -G http://${i['server-ip']}:80/`],
  synchronization: { mutexes: [{ name: 'client-{{workflow.uid}}' }] },
});
