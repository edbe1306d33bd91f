// The corpus and port comparisons read an expr-lang `expression` (a hook's, a retry's, an output's) by
// meaning: its syntax tree without the literals' quoting, so `"x"` and `'x'`, spacing and grouping
// parentheses keep the meaning; a different literal, operator, path or grouping does not.
import { describe, expect, it } from 'vitest';
import { normalizeArgo } from './support/argo-compare.js';

const hook = (expression: string): unknown => normalizeArgo({ hooks: { running: { template: 't', expression } } });

const UPSTREAM = `steps["step-1"].status == "Running" && workflow.status != "Failed"`;

describe('an expression, compared by meaning', () => {
  it.each([
    ['single quotes (as a typed condition renders)', "steps['step-1'].status == 'Running' && workflow.status != 'Failed'"],
    ['other spacing and grouping parentheses', `(steps["step-1"].status=="Running")&&(workflow.status != "Failed")`],
  ])('equals the upstream text: %s', (_, ours) => {
    expect(hook(ours)).toEqual(hook(UPSTREAM));
  });

  it.each([
    ['a different literal', UPSTREAM.replace('Running', 'Pending')],
    ['a different operator', UPSTREAM.replace('!=', '==')],
    ['a different path', UPSTREAM.replace('step-1', 'step-2')],
    ['a different grouping', `steps["step-1"].status == "Running" && (workflow.status != "Failed" || true)`],
  ])('differs from the upstream text: %s', (_, ours) => {
    expect(hook(ours)).not.toEqual(hook(UPSTREAM));
  });

  it('compares an expression that does not parse as its text', () => {
    expect(hook('a ==')).toEqual({ hooks: { running: { template: 't', expression: 'a ==' } } });
  });
});
