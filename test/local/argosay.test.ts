// argoproj/argosay:v2 by its entrypoint, done in process on the host: the image of Argo's own test corpus.
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/argo-model/generated/index.js';
import { parseGoDuration, runsArgosay } from '../../src/interp/local/argosay.js';
import { createLeafRunner } from '../../src/interp/local/create-leaf-runner.js';
import { runLocal } from '../../src/interp/local/run-local.js';
import { workflowOf } from './argo-fixtures.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { freshStore, leafRequest } from './leaf-request.js';

const say = (args?: ReadonlyArray<string>, extra: Partial<Template> = {}): Template => ({
  name: 'say',
  container: { image: 'argoproj/argosay:v2', ...(args !== undefined ? { args } : {}) },
  ...extra,
});
const run = () => createLeafRunner({ store: freshStore(), host: true });

describe('argosay', () => {
  it('is recognised by image and entrypoint only', () => {
    expect(runsArgosay({ image: 'argoproj/argosay:v2' })).toBe(true);
    expect(runsArgosay({ image: 'argoproj/argosay:v2', command: ['/argosay'] })).toBe(true);
    expect(runsArgosay({ image: 'argoproj/argosay:v1' })).toBe(false);
    expect(runsArgosay({ image: 'argoproj/argosay:v2', command: ['sh', '-c'] })).toBe(false);
    expect(runsArgosay({ image: 'busybox' })).toBe(false);
  });

  it(
    'echo prints, or writes a file an output parameter reads; no args is "hello argo"',
    async () => {
      expect((await run()(leafRequest(say()))).outputs).toEqual({ parameters: {}, artifacts: {}, result: 'hello argo', exitCode: '0' });
      expect((await run()(leafRequest(say(['echo', 'hi there'])))).outputs.result).toBe('hi there');
      const out = await run()(
        leafRequest(say(['echo', 'real-value', '/tmp/out.txt'], { outputs: { parameters: [{ name: 'p', valueFrom: { path: '/tmp/out.txt' } }] } })),
      );
      expect(out.outputs.parameters).toEqual({ p: 'real-value' });
    },
    PROCESS_TEST_MS,
  );

  it(
    'exit fails with the code; cat reads input artifacts; assert_contains checks them',
    async () => {
      expect(await run()(leafRequest(say(['exit', '1'])))).toMatchObject({ phase: 'Failed', message: 'Error (exit code 1)' });
      const art = { inputs: { artifacts: [{ name: 'a', path: '/in/a.txt', raw: { data: 'abc' } }] } };
      expect((await run()(leafRequest(say(['cat', '/in/a.txt'], art)))).outputs.result).toBe('abc');
      expect((await run()(leafRequest(say(['assert_contains', '/in/a.txt', 'b'], art)))).phase).toBe('Succeeded');
      expect(await run()(leafRequest(say(['assert_contains', '/in/a.txt', 'z'], art)))).toMatchObject({
        phase: 'Failed',
        message: 'Error (exit code 2)',
      });
      expect((await run()(leafRequest(say(['garbage'])))).outputs.exitCode).toBe('2');
    },
    PROCESS_TEST_MS,
  );

  it(
    'sleep takes Go durations and ends on abort',
    async () => {
      expect((await run()(leafRequest(say(['sleep', '10ms'])))).phase).toBe('Succeeded');
      const controller = new AbortController();
      setTimeout(() => controller.abort('stopped'), 50);
      expect(await run()(leafRequest(say(['sleep', '1h']), { signal: controller.signal }))).toMatchObject({ phase: 'Failed', message: 'stopped' });
    },
    PROCESS_TEST_MS,
  );

  it(
    'sleep waits on the run\'s clock: virtual time passes it, and a timeout shorter than it fails the node',
    async () => {
      const wf = workflowOf(`
  - name: main
    steps:
      - - { name: long, template: long }
        - { name: capped, template: capped }
  - name: long
    container: { image: argoproj/argosay:v2, args: [sleep, 2h] }
  - name: capped
    timeout: 5s
    container: { image: argoproj/argosay:v2, args: [sleep, 30s] }
`);
      const started = Date.now();
      const r = await runLocal(wf, { leafRunner: createLeafRunner({ store: freshStore(), host: true }) });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(r.phaseOf('long')).toBe('Succeeded');
      expect(r.nodes['t[0].long']?.finishedAt).toBe('2024-01-01T02:00:00.000Z');
      expect(r.phaseOf('capped')).toBe('Failed');
    },
    PROCESS_TEST_MS,
  );

  it('parses durations as Go does', () => {
    expect(parseGoDuration('1m30s')).toBe(90_000);
    expect(parseGoDuration('1.5s')).toBe(1500);
    expect(parseGoDuration('250ms')).toBe(250);
    expect(parseGoDuration('0')).toBe(0);
    expect(parseGoDuration('10')).toBeUndefined();
    expect(parseGoDuration('1x')).toBeUndefined();
  });
});
