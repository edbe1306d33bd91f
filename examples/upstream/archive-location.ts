import { container, workflow } from 'tiphys';

// `archiveLocation` (where a template's logs and artifacts go) is not named by tiphys yet: set through `patch`.
const helloWorld = container({
  name: 'hello-world',
  image: 'busybox',
  command: ['echo'],
  args: ['hello world'],
  patch: { archiveLocation: { archiveLogs: true } },
});

export default workflow({ generateName: 'archive-location-', entrypoint: helloWorld });
