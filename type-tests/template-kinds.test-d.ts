import { expectError, expectType } from 'tsd';
import {
  container,
  containerSet,
  dag,
  http,
  param,
  resource,
  script,
  secretKey,
  suspend,
  type Template,
} from '../src/index.js';
import type { ArgoClient } from '../src/client.js';

// Template fields are typed from the model: a wrong value type is an error.
expectError(container({ name: 'a', image: 'x', timeout: 5 }));
expectError(container({ name: 'a', image: 'x', daemon: 'yes' }));
expectError(container({ name: 'a', image: 'x', nodeSelector: { zone: 1 } }));
expectError(container({ name: 'a', image: 'x', volumeMounts: [{ name: 'work' }] }));
expectError(script({ name: 'a', image: 'x', source: '', resources: { limits: { cpu: 1 } } }));
// A misspelled field is an error, not a silently ignored key.
expectError(container({ name: 'a', image: 'x', nodeSelecter: { zone: 'a' } }));
expectError(dag('d', { paralelism: 2 }, () => undefined));

// Refs fit string positions; a ref of the wrong type does not.
container({ name: 'a', image: 'x', inputs: { t: param.string() }, timeout: (i) => i.t });
container({ name: 'a', image: 'x', inputs: { n: param.int() }, activeDeadlineSeconds: (i) => i.n });
expectError(container({ name: 'a', image: 'x', inputs: { n: param.number() }, timeout: (i) => i.n }));
expectError(container({ name: 'a', image: 'x', inputs: { n: param.int() }, parallelism: (i) => i.n }));
expectError(http({ name: 'h', inputs: { port: param.int() }, url: (i) => i.port }));
// An input that is not declared has no ref.
expectError(container({ name: 'a', image: 'x', inputs: { t: param.string() }, timeout: (i) => i.nope }));

// env: a record of literals, refs and sources.
container({ name: 'a', image: 'x', inputs: { u: param.string() }, env: (i) => ({ USER: i.u, PASS: secretKey('db', 'pw') }) });
expectError(container({ name: 'a', image: 'x', env: { N: 1 } }));

// Kinds: the body fields are typed too.
expectError(resource({ name: 'r', action: 'destroy' }));
expectError(suspend({ name: 's', duration: 20 }));
const fetch = http({ name: 'h', inputs: { url: param.string() }, url: (i) => i.url, result: param.number() });
expectType<Template<{ readonly url: string }, { readonly result: number }>>(fetch);

// The patch may not name what tiphys builds.
expectError(container({ name: 'a', image: 'x', patch: { inputs: { parameters: [] } } }));

// A container handle of another set cannot order a container of this one.
containerSet({
  name: 'outer',
  containers: (c) => {
    const a = c.container('a', { image: 'x' });
    containerSet({
      name: 'inner',
      containers: (c2) => {
        const own = c2.container('own', { image: 'x' });
        c2.container('fine', { image: 'x', dependencies: [own] });
        expectError(c2.container('q', { image: 'x', dependencies: [a] }));
      },
    });
  },
});

// A resume is typed by the suspend template's supplied outputs.
declare const client: ArgoClient;
const approval = suspend({
  name: 'approval',
  outputs: { decision: param.enumWithDefault(['YES', 'NO'], 'NO', { supplied: true }), note: param.string({ expression: "'x'" }) },
});
expectType<{ readonly decision?: 'YES' | 'NO' }>(approval._S);
void client.resume('wf', approval, { decision: 'YES' });
expectError(client.resume('wf', approval, { decison: 'YES' }));
expectError(client.resume('wf', approval, { note: 'not supplied' }));
expectError(client.resume('wf', approval, { decision: 'MAYBE' }));
expectError(client.resume('wf', approval, { decision: 1 }));
