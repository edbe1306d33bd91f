import { artifact, container, workflow } from 'tiphys';

const rawContents = container({
  name: 'raw-contents',
  image: 'alpine:3.23',
  inputs: { myfile: artifact({ path: '/tmp/file', raw: { data: 'this is\nthe raw file\ncontents\n' } }) },
  command: ['sh', '-c'],
  args: ['cat /tmp/file'],
});

export default workflow({ generateName: 'input-artifact-raw-', entrypoint: rawContents });
