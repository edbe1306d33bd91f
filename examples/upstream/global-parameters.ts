import { container, globals, param, workflow } from 'tiphys';

const g = globals({ message: param.string({ default: 'hello world' }) });

const printMessage = container({ name: 'print-message', image: 'busybox', command: ['echo'], args: [`${g.message}`] });

export default workflow({ generateName: 'global-parameters-', entrypoint: printMessage, arguments: g });
