import { container, param } from 'tiphys';

/** A daemon keeps running while the next steps or tasks use it; `{{steps.influx.ip}}` is its pod's address. */
export const influxdb = container({
  name: 'influxdb',
  image: 'influxdb:1.2',
  daemon: true,
  readinessProbe: { httpGet: { path: '/ping', port: 8086 }, initialDelaySeconds: 5, timeoutSeconds: 1 },
});

/** Runs a shell command (curl) against the daemon. */
export const client = container({
  name: 'influxdb-client',
  image: 'curlimages/curl:latest',
  inputs: { cmd: param.string() },
  command: ['sh', '-c'],
  args: (i) => [i.cmd],
});
