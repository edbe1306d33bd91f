import { artifact, container, workflow } from 'tiphys';

const main = container({
  name: 'main',
  image: 'argoproj/argosay:v2',
  command: ['sh', '-c'],
  args: ['echo "hello world" > /tmp/on-completion.txt\necho "hello world" > /tmp/on-deletion.txt\n'],
  outputs: {
    'on-completion': artifact({
      path: '/tmp/on-completion.txt',
      s3: { key: 'on-completion.txt' },
      artifactGC: { strategy: 'OnWorkflowCompletion' },
    }),
    'on-deletion': artifact({ path: '/tmp/on-deletion.txt', s3: { key: 'on-deletion.txt' } }),
  },
});

export default workflow({
  generateName: 'artifact-gc-',
  entrypoint: main,
  artifactGC: { strategy: 'OnWorkflowDeletion' },
});
