import { expectError } from 'tsd';
import { dag } from '../src/index.js';
import { echo } from './fixtures.js';

// Rule 5: a task handle of one dag cannot order a task of another dag.
dag('outer', (d) => {
  const A = d.task('A', echo, { message: 'A' });
  dag('inner', (d2) => {
    const own = d2.task('own', echo, { message: 'own' });
    d2.task('fine', echo, { message: 'x' }, { after: [own] });
    expectError(d2.task('q', echo, { message: 'q' }, { after: [A] }));
  });
});
