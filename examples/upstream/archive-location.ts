import { container, workflow } from 'tiphys';

const helloWorld = container({
  name: 'hello-world',
  image: 'busybox',
  command: ['echo'],
  args: ['hello world'],
  // Where this template's logs and artifacts go, typed from the model's ArtifactLocation.
  archiveLocation: { archiveLogs: true },
});

export default workflow({ generateName: 'archive-location-', entrypoint: helloWorld });
