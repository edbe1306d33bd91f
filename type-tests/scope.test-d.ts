import { expectError } from 'tsd';
import { dag, or } from '../src/index.js';
import { echo } from './fixtures.js';

// Rule 5: a task handle of one dag cannot order a task of another dag.
dag('outer', (d) => {
  const A = d.task('A', echo, { message: 'A' });
  dag('inner', (d2) => {
    const own = d2.task('own', echo, { message: 'own' });
    d2.task('fine', echo, { message: 'x' }, { after: [own] });
    expectError(d2.task('q', echo, { message: 'q' }, { after: [A] }));
    // Nor in depends, in any overload (the loop one too).
    d2.task('fineDepends', echo, { message: 'x' }, { depends: or(own.failed, own.succeeded) });
    expectError(d2.task('r', echo, { message: 'r' }, { depends: A.failed }));
    expectError(d2.task('s', echo, { message: 's' }, { depends: or(own.failed, A) }));
    expectError(d2.task('t', echo, { message: 't' }, { withItems: ['a'], after: [A] }));
    d2.task('u', echo, (m) => ({ message: m }), { withItems: ['a'], after: [own] });
    // Nor be a target of it.
    d2.target([own, 'fine']);
    expectError(d2.target([own, A]));
  });
});
