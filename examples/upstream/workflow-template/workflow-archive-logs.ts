import { container, workflow } from 'tiphys';

const helloWorld = container({ name: 'hello-world', image: 'busybox', command: ['echo'], args: ['hello world'] });

export default workflow({ generateName: 'archive-location-', archiveLogs: true, entrypoint: helloWorld });
