/** Shared setup for the submission tests: the fixture server and a client with short timings. */
import { afterEach, beforeEach, expect } from 'vitest';
import { createClient, type ClientOptions } from '../../src/interp/submit/argo-client.js';
import type { ArgoManifest } from '../../src/interp/typed-io/argo-manifest.js';
import { startArgoServer, type ArgoServerFixture, type ArgoServerFixtureOptions } from '../fixtures/argo-server.js';
import { sleep } from '../fixtures/fixture-http.js';

/**
 * Short back-offs keep fault tests quick. The request timeout stays long: a request that times out on a
 * loaded machine is sent again and changes the request counts the tests assert; tests of the timeout
 * itself pass their own.
 */
export const FAST = { timeoutMs: 10_000, retryLimit: 3, backoffMs: 20, backoffLimitMs: 100 } as const;

/** How long a test waits for a fixture workflow to finish: generous, and below the 30 s test limit. */
export const WAIT_MS = 20_000;

export const startFixture = (o: ArgoServerFixtureOptions = {}): Promise<ArgoServerFixture> => startArgoServer({ stepMs: 25, ...o });

export const clientFor = (fx: ArgoServerFixture, o: ClientOptions = {}) =>
  createClient({ env: {}, server: fx.address, secure: false, namespace: 'argo', ...FAST, ...o });

/** Resolves once the fixture has received a request for `operation` (a stream it then serves is subscribed). */
export const requested = async (fx: ArgoServerFixture, operation: string): Promise<void> => {
  while (!fx.requests.some((r) => r.operation === operation)) await sleep(5);
};

export const diamond = (generateName = 'diamond-'): ArgoManifest => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { generateName },
  spec: {
    entrypoint: 'diamond',
    arguments: { parameters: [{ name: 'count', value: '1' }] },
    templates: [
      {
        name: 'diamond',
        dag: {
          tasks: [
            { name: 'A', template: 'echo' },
            { name: 'B', template: 'echo', dependencies: ['A'] },
            { name: 'C', template: 'echo', dependencies: ['A'] },
            { name: 'D', template: 'echo', dependencies: ['B', 'C'] },
          ],
        },
        outputs: { parameters: [{ name: 'total', valueFrom: { parameter: '{{tasks.D.outputs.result}}' } }] },
      },
      { name: 'echo', container: { image: 'alpine:3.20', command: ['echo', 'hi'] } },
    ],
  },
});

/**
 * Gives each test of the suite a fresh fixture (through `set`) and closes it afterwards, failing the test
 * if the fixture refused any request as not allowed by the swagger spec.
 */
export const useFixture = (set: (fx: ArgoServerFixture) => void, o: ArgoServerFixtureOptions = {}): void => {
  let current: ArgoServerFixture | undefined;
  beforeEach(async () => {
    current = await startFixture(o);
    set(current);
  });
  afterEach(async () => {
    expect(current?.rejections).toEqual([]);
    await current?.close();
  });
};
