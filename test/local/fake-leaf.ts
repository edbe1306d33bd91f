// A recording LeafRunner for scheduler tests: outcomes by template name (a list is one per attempt),
// optional virtual duration, and every request kept for assertions.
import type { LeafRequest, LeafResult, LeafRunner } from '../../src/interp/local/leaf-runner.js';

export interface FakeOutcome {
  readonly phase?: LeafResult['phase'];
  readonly message?: string;
  readonly result?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly artifacts?: Readonly<Record<string, string>>;
  /** Virtual milliseconds the leaf takes. */
  readonly ms?: number;
}

export type FakeOutcomes = Readonly<Record<string, FakeOutcome | ReadonlyArray<FakeOutcome> | ((r: LeafRequest) => FakeOutcome)>>;

export interface FakeLeaf {
  readonly runner: LeafRunner;
  readonly requests: LeafRequest[];
}

export const fakeLeaf = (outcomes: FakeOutcomes = {}): FakeLeaf => {
  const requests: LeafRequest[] = [];
  const runner: LeafRunner = async (r) => {
    requests.push(r);
    const o = outcomes[r.node.templateName];
    const outcome: FakeOutcome = typeof o === 'function' ? o(r) : Array.isArray(o) ? (o[Math.min(r.node.attempt, o.length - 1)] ?? {}) : ((o as FakeOutcome | undefined) ?? {});
    if (outcome.ms !== undefined && r.sleep !== undefined && !(await r.sleep(outcome.ms))) {
      return { phase: 'Failed', message: 'aborted', outputs: { parameters: {}, artifacts: {} } };
    }
    const artifacts = Object.fromEntries(Object.entries(outcome.artifacts ?? {}).map(([k, v]) => [k, { path: v }]));
    return {
      phase: outcome.phase ?? 'Succeeded',
      ...(outcome.message !== undefined && { message: outcome.message }),
      outputs: { parameters: outcome.parameters ?? {}, artifacts, ...(outcome.result !== undefined && { result: outcome.result }) },
    };
  };
  return { runner, requests };
};
