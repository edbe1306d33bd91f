import { artifact, container, steps, workflow } from 'tiphys';

const workdir = [{ name: 'workdir', mountPath: '/mnt/data' }];
const run = (name: string, image: string, command: ReadonlyArray<string>) => container({ name, image, command: [...command], volumeMounts: workdir });

const bundleUp = container({
  name: 'bundle-up',
  image: 'alpine:3.23',
  command: ['ls'],
  volumeMounts: workdir,
  outputs: { 'output-gif': artifact({ path: '/mnt/data/output' }) },
});

const stages = [
  run('create-output-dir', 'alpine:3.23', ['mkdir', '/mnt/data/output']),
  run('download-images', 'mesosphere/aws-cli', ['aws', '--no-sign-request', 's3', 'cp', '--recursive', 's3://ax-public/cricket_gif_images', '/mnt/data/']),
  run('create-gif', 'v4tech/imagemagick', ['convert', '-delay', '20', '-loop', '0', '/mnt/data/*.gif', '/mnt/data/output/orig.gif']),
  run('black-and-white', 'v4tech/imagemagick', ['convert', '/mnt/data/output/orig.gif', '-colorspace', 'Gray', '/mnt/data/output/black_white.gif']),
  run('combine-horizontal', 'v4tech/imagemagick', ['convert', '+append', '/mnt/data/*.gif', '/mnt/data/output/horizontal.gif']),
  run('combine-vertical', 'v4tech/imagemagick', ['convert', '-append', '/mnt/data/*.gif', '/mnt/data/output/vertical.gif']),
  run('make-bigger', 'starefossen/gifsicle', ['gifsicle', '/mnt/data/output/orig.gif', '--resize', '1000x800', '-o', '/mnt/data/output/orig_big.gif']),
  bundleUp,
];

export default workflow({
  generateName: 'fun-with-gifs-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  volumeClaimTemplates: [{ metadata: { name: 'workdir' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
  entrypoint: steps('run-workflow', (s) => stages.forEach((t, i) => void s.step(`step-${i + 1}`, t, {}))),
});
