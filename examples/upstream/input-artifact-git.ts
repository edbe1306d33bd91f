import { artifact, container, workflow } from 'tiphys';

const gitClone = container({
  name: 'git-clone',
  image: 'golang:1.10',
  inputs: {
    'argo-source': artifact({
      path: '/src',
      git: { repo: 'https://github.com/argoproj/argo-workflows.git', revision: 'v2.1.1' },
    }),
  },
  command: ['sh', '-c'],
  args: ['git status && ls && cat VERSION'],
  patch: { container: { workingDir: '/src' } },
});

export default workflow({
  generateName: 'input-artifact-git-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: gitClone,
});
