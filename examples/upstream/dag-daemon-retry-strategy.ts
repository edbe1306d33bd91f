import { dag, workflow } from 'tiphys';
import { client, server } from './lib/nginx-daemon.js';

export default workflow({
  generateName: 'dag-daemon-retry-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: dag('main', (d) => {
    const srv = d.task('server', server(6), {});
    d.task('client', client, { 'server-ip': srv.ip }, { withSequence: { count: 6 } });
  }),
});
