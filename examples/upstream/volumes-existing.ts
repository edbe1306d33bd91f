import { container, steps, workflow } from 'tiphys';

const workdir = [{ name: 'workdir', mountPath: '/mnt/vol' }];

const append = container({
  name: 'append-to-accesslog',
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: ['echo accessed at: $(date) | tee -a /mnt/vol/accesslog'],
  volumeMounts: workdir,
});

const print = container({
  name: 'print-accesslog',
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: ["echo 'Volume access log:'; cat /mnt/vol/accesslog"],
  volumeMounts: workdir,
});

export default workflow({
  generateName: 'volumes-existing-',
  patch: { volumes: [{ name: 'workdir', persistentVolumeClaim: { claimName: 'my-existing-volume' } }] },
  entrypoint: steps('volumes-existing-example', (s) => {
    s.step('generate', append, {});
    s.step('print', print, {});
  }),
});
