import { artifact, container, param, steps, withArtifacts, workflow } from 'tiphys';

const workdir = [{ name: 'workdir', mountPath: '/go' }];

const buildGolangExample = container({
  name: 'build-golang-example',
  // The git revision is the template's own input: the artifact's location reads its ref.
  inputs: withArtifacts({ revision: param.string() }, (i) => ({
    code: artifact({ path: '/go/src/github.com/golang/example', git: { repo: 'https://github.com/golang/example.git', revision: i.revision } }),
  })),
  image: 'golang:1.8',
  command: ['sh', '-c'],
  args: [' cd /go/src/github.com/golang/example/hello && git status && go build -v . '],
  volumeMounts: workdir,
});

const runHello = container({
  name: 'run-hello',
  inputs: { 'os-image': param.string() },
  image: (i) => `${i['os-image']}`,
  command: ['sh', '-c'],
  args: [' uname -a ; cat /etc/os-release ; /go/src/github.com/golang/example/hello/hello '],
  volumeMounts: workdir,
});

const ciExample = steps('ci-example', { inputs: { revision: param.string() } }, (s, i) => {
  s.step('build', buildGolangExample, { revision: i.revision });
  s.step('test', runHello, (item) => ({ 'os-image': `${item.image}:${item.tag}` }), {
    withItems: [
      { image: 'debian', tag: '9.1' },
      { image: 'alpine', tag: '3.6' },
      { image: 'ubuntu', tag: '17.10' },
    ],
  });
});

export default workflow({
  generateName: 'ci-example-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: ciExample,
  arguments: { revision: 'cfe12d6' },
  volumeClaimTemplates: [{ metadata: { name: 'workdir' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
});
