import { artifact, container, param, steps, workflow } from 'tiphys';

const workdir = [{ name: 'workdir', mountPath: '/go' }];

const buildGolangExample = container({
  name: 'build-golang-example',
  inputs: {
    code: artifact({ path: '/go/src/github.com/golang/example', git: { repo: 'https://github.com/golang/example.git', revision: 'cfe12d6' } }),
  },
  image: 'golang:1.8',
  command: ['sh', '-c'],
  args: [' cd /go/src/github.com/golang/example/hello && go build -v . '],
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

const releaseArtifact = container({
  name: 'release-artifact',
  image: 'alpine:3.23',
  volumeMounts: workdir,
  outputs: { release: artifact({ path: '/go' }) },
});

export default workflow({
  generateName: 'ci-output-artifact-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  volumeClaimTemplates: [{ metadata: { name: 'workdir' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
  entrypoint: steps('ci-example', (s) => {
    s.step('build', buildGolangExample, {});
    s.step('test', runHello, (item) => ({ 'os-image': `${item.image}:${item.tag}` }), {
      withItems: [
        { image: 'debian', tag: '9.1' },
        { image: 'alpine', tag: '3.6' },
        { image: 'ubuntu', tag: '17.10' },
      ],
    });
    s.step('release', releaseArtifact, {});
  }),
});
