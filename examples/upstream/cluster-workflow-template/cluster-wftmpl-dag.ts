import { dag, workflow } from 'tiphys';
import { innerDagLib, printMessageLib } from './clustertemplates.js';

const print = printMessageLib.templates.printMessage;

const diamond = dag('diamond', (d) => {
  const a = d.task('A', print, { message: 'A' });
  const b = d.task('B', print, { message: 'B' }, { after: [a] });
  const c = d.task('C', innerDagLib.templates.innerDiamond, {}, { after: [a] });
  d.task('D', print, { message: 'D' }, { after: [b, c] });
});

export default workflow({ generateName: 'workflow-template-dag-diamond-', entrypoint: diamond });
