import { container, dag, globals, param, workflowTemplate } from 'tiphys';

// Build and push an image with Docker Buildkit, which needs no privileged access: clone the repository,
// build the binary, build and push the image holding it. Pushing needs a `docker-config` secret holding
// `config.json` (see the upstream example for how to create one).
const g = globals({
  repo: param.string({ default: 'https://github.com/argoproj/argo-workflows' }),
  branch: param.string({ default: 'master' }),
  path: param.string({ default: 'test/e2e/images/argosay/v2' }),
  image: param.string({ default: 'alexcollinsintuit/argosay:v2' }),
});

const work = { mountPath: '/work', name: 'work' };

// A shallow clone (--depth, --branch, --single-branch) is the fastest.
const clone = container({
  name: 'clone',
  inputs: { repo: param.string(), branch: param.string() },
  volumeMounts: [work],
  image: 'alpine/git:v2.26.2',
  workingDir: '/work',
  args: (i) => ['clone', '--depth', '1', '--branch', i.branch, '--single-branch', i.repo, '.'],
});

const build = container({
  name: 'build',
  inputs: { path: param.string() },
  image: 'golang:1.18',
  volumeMounts: [work],
  workingDir: (i) => `/work/${i.path}`,
  // Not a Go module: modules off.
  env: { GO111MODULE: 'off' },
  command: ['go'],
  args: ['build', '-v', '-o', 'argosay', './...'],
});

const image = container({
  name: 'image',
  inputs: { path: param.string(), image: param.string() },
  // The registry credentials, mounted as /.docker/config.json so the image can be pushed.
  volumes: [{ name: 'docker-config', secret: { secretName: 'docker-config' } }],
  readinessProbe: { exec: { command: ['sh', '-c', 'buildctl debug workers'] } },
  image: 'moby/buildkit:v0.9.3-rootless',
  volumeMounts: [work, { name: 'docker-config', mountPath: '/.docker' }],
  workingDir: (i) => `/work/${i.path}`,
  env: { BUILDKITD_FLAGS: '--oci-worker-no-process-sandbox', DOCKER_CONFIG: '/.docker' },
  command: ['buildctl-daemonless.sh'],
  args: (i) => [
    'build',
    '--frontend',
    'dockerfile.v0',
    '--local',
    'context=.',
    '--local',
    'dockerfile=.',
    '--output',
    `type=image,name=docker.io/${i.image},push=true`,
  ],
});

const main = dag('main', (d) => {
  const cloned = d.task('clone', clone, { repo: g.repo, branch: g.branch });
  const built = d.task('build', build, { path: g.path }, { after: [cloned] });
  d.task('image', image, { path: g.path, image: g.image }, { after: [built] });
});

export default workflowTemplate({
  name: 'buildkit',
  arguments: g,
  entrypoint: main,
  // A volume claim template gives the stages a shared workspace.
  volumeClaimTemplates: [{ metadata: { name: 'work' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '64Mi' } } } }],
  templates: { main },
});
