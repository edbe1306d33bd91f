// A suspend template: waits `duration` on the run's clock, or until resumed through the run handle or a
// mock; resuming supplies its `valueFrom.supplied` outputs. Nothing left to resume it is an error locally.
import { durationMs } from './run-durations.js';
import { emit } from './run-state.js';
import { substitute } from './run-expressions.js';
import { abortMessage, type BodyExecutor, type BodyResult } from './template-body.js';
import { mockFor } from './leaf-mock.js';

const asText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export const runSuspend: BodyExecutor = async ({ run, node, template, scope, signal, attempt }) => {
  const mock = mockFor(run.mocks, node.templateName ?? '', attempt);
  if (mock !== undefined) {
    const supplied = Object.fromEntries(Object.entries(mock.parameters ?? {}).map(([k, v]) => [k, asText(v)]));
    const phase = mock.phase ?? 'Succeeded';
    emit(run, 'Resumed', node, 'mock');
    return { phase, ...(mock.message !== undefined && { message: mock.message }), supplied };
  }
  const text = template.suspend?.duration;
  const ms = text === undefined ? undefined : durationMs(substitute(text, scope));
  emit(run, 'Suspended', node);
  const resumed = new Promise<BodyResult>((resolve) => {
    run.suspended.set(node.name, (supplied) => {
      run.suspended.delete(node.name);
      emit(run, 'Resumed', node);
      resolve({ phase: 'Succeeded', ...(supplied !== undefined && { supplied }) });
    });
  });
  const waits: Array<Promise<BodyResult>> = [resumed];
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  waits.push(new Promise((resolve) => stop.signal.addEventListener('abort', () => resolve({ phase: 'Failed', message: abortMessage(signal) }), { once: true })));
  if (ms !== undefined) {
    waits.push(run.clock.sleep(ms, stop.signal).then((fired): BodyResult => (fired ? { phase: 'Succeeded' } : { phase: 'Failed', message: abortMessage(signal) })));
  } else if (!run.resumable) {
    waits.push(
      run.clock.whenIdle().then((): BodyResult => ({
        phase: 'Error',
        message: `suspend node '${node.name}' waits for a resume and nothing can resume it: mock template '${node.templateName ?? ''}' or resume it through startLocal(...).resume('${node.displayName}')`,
      })),
    );
  }
  try {
    return await Promise.race(waits);
  } finally {
    run.suspended.delete(node.name);
    signal.removeEventListener('abort', onAbort);
    stop.abort();
  }
};
