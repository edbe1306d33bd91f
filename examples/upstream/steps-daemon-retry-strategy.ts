import { steps, workflow } from 'tiphys';
import { client, server } from './lib/nginx-daemon.js';

export default workflow({
  generateName: 'steps-daemon-retry-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: steps('main', (s) => {
    const srv = s.step('server', server(10), {});
    s.step('client', client, { 'server-ip': srv.ip }, { withSequence: { count: 10 } });
  }),
});
