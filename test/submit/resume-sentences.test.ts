// A resume's outputs are typed by the suspend template's supplied outputs: a wrong one is a sentence at the call.
import { describeSentences } from '../support/sentence-cases.js';

const header = `
import { param, suspend } from '../../src/index.js';
import { createClient } from '../../src/client.js';
const approve = suspend({
  name: 'approve',
  outputs: {
    decision: param.enumWithDefault(['YES', 'NO'], 'NO', { supplied: true }),
    retries: param.int({ supplied: true }),
    note: param.string({ expression: "'n/a'" }),
  },
});
const c = createClient();
`;

describeSentences(
  'resume sentences',
  header,
  {
    'an output the template does not declare': [
      `void c./*✗*/resume('wf', approve, { retries: 1, decison: 'YES' });`,
      `Type '"YES"' is not assignable to type '"✗ 'decison' is not a supplied output of this suspend template; it takes: decision, retries"'.`,
    ],
    'an output that is not supplied': [
      `void c./*✗*/resume('wf', approve, { retries: 1, note: 'x' });`,
      `Type '"x"' is not assignable to type '"✗ 'note' is not a supplied output of this suspend template; it takes: decision, retries"'.`,
    ],
    'a value outside the enum': [
      `void c./*✗*/resume('wf', approve, { retries: 1, decision: 'MAYBE' });`,
      `Type '"MAYBE"' is not assignable to type '"✗ output 'decision' expects one of its enum values, but got a string"'.`,
    ],
    'a string for an int': [
      `void c./*✗*/resume('wf', approve, { retries: '3' });`,
      `Type '"3"' is not assignable to type '"✗ output 'retries' expects number, but got a string"'.`,
    ],
    'a supplied output without a default left out': [
      `void c./*✗*/resume('wf', approve, { decision: 'YES' });`,
      `Property 'retries' is missing in type '{ decision: "YES"; }' but required in type '{ readonly retries: "✗ missing supplied output 'retries' (number)"; }'.`,
    ],
  },
  `void c.resume('wf', approve, { retries: 2 }); void c.resume({ name: 'wf', namespace: 'argo' }, approve, { decision: 'NO', retries: 0 }); void c.resume('wf', 'approval', { decision: 'maybe' });`,
);
