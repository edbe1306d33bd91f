// The corpus total: every upstream example of vendor/argo/examples is ported (examples/upstream/, compared
// by test/example-ports.test.ts) or listed with its reason in test/support/unported-examples.ts.
import { describe, expect, it } from 'vitest';
import { exampleFiles } from './support/argo-examples.js';
import { examplePorts } from './support/example-ports.js';
import { UNPORTED_EXAMPLES } from './support/unported-examples.js';

const UPSTREAM = exampleFiles().map((f) => f.name);
const PORTED = new Set(examplePorts().map((p) => p.upstream));
const LISTED = Object.keys(UNPORTED_EXAMPLES);

describe('the upstream example corpus', () => {
  it('holds the 172 example files of the vendored Argo', () => {
    expect(UPSTREAM).toHaveLength(172);
  });

  it('is ported or listed with a reason, every file of it', () => {
    expect(UPSTREAM.filter((u) => !PORTED.has(u) && !Object.hasOwn(UNPORTED_EXAMPLES, u))).toEqual([]);
  });

  it('lists no file that is ported (a port removes its line) or that upstream does not have', () => {
    expect(LISTED.filter((u) => PORTED.has(u))).toEqual([]);
    expect(LISTED.filter((u) => !UPSTREAM.includes(u))).toEqual([]);
  });

  it('keeps the list sorted, each reason one line naming what it needs and the issue', () => {
    expect(LISTED).toEqual([...LISTED].sort());
    expect(Object.entries(UNPORTED_EXAMPLES).filter(([, why]) => why.includes('\n') || !/\bissues? \d+/.test(why)).map(([u]) => u)).toEqual([]);
  });

  it(`counts ${PORTED.size} ported of ${UPSTREAM.length}`, () => {
    expect(PORTED.size + LISTED.length).toBe(UPSTREAM.length);
  });
});
