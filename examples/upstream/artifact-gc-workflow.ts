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

// The workflow-level artifact GC strategy is a spec field tiphys does not name yet: set through `patch`.
export default workflow({
  generateName: 'artifact-gc-',
  entrypoint: main,
  patch: { artifactGC: { strategy: 'OnWorkflowDeletion' } },
});
