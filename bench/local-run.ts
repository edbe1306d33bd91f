/**
 * The local runner's scheduling overhead (issue 15): 1000 tasks as 5 dags of 200 run one after the other
 * (`nestedWideDag`, task i waits on i-1 and i/2), every leaf a no-op LeafRunner, virtual clock. Times the
 * scheduler alone (`startEngine` on the rendered manifest) and `runLocal` end to end (render, validate,
 * schedule, decode); memory is the heap the finished run holds (nodes, events, scope) per task, after GC.
 * `npx tsx bench/local-run.ts [runs]`. Target: ≤ 0.1 ms of scheduling per task.
 */
import type { LeafRunner } from '../src/interp/local/leaf-runner.js';
import { virtualClock } from '../src/interp/local/run-clock.js';
import { runLocal } from '../src/interp/local/run-local.js';
import { startEngine } from '../src/interp/local/run-workflow.js';
import { toManifest } from '../src/index.js';
import { gc, median } from './measure.js';
import { nestedWideDag } from './wide-dag.js';

const TASKS = 1000;
const noop: LeafRunner = () => Promise.resolve({ phase: 'Succeeded', outputs: { parameters: {}, artifacts: {} } });

const wf = nestedWideDag(TASKS);
const manifest = toManifest(wf);

const schedule = async (): Promise<unknown> => {
  const engine = startEngine({ workflow: manifest, libraries: [], leaf: noop, mocks: {}, clock: virtualClock(), origin: 0, name: undefined, resumable: false });
  const outcome = await engine.outcome;
  if (outcome.phase !== 'Succeeded') throw new Error(`bench run ended ${outcome.phase}: ${outcome.message ?? ''}`);
  return engine.state;
};
const endToEnd = (): Promise<unknown> => runLocal(wf, { leafRunner: noop });

interface LocalSample {
  readonly medianMs: number;
  readonly minMs: number;
  /** Median CPU time of the process per run (less inflated than wall time on a shared machine). */
  readonly cpuMs: number;
  readonly heapPerTaskBytes: number;
}

const measureAsync = async (f: () => Promise<unknown>, runs: number): Promise<LocalSample> => {
  for (let i = 0; i < 3; i++) await f();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // A finished run's clock may still have a setImmediate pending that holds the run: let it fire first.
  const settle = async (): Promise<void> => {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  };
  await settle();
  const before = process.memoryUsage().heapUsed;
  const kept = await f();
  await settle();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error('the run returned nothing');
  return { medianMs: median(times), minMs: Math.min(...times), cpuMs: median(cpu), heapPerTaskBytes: (after - before) / TASKS };
};

export const runLocalBench = async (runs = 15): Promise<ReadonlyArray<readonly [string, LocalSample]>> => [
  ['scheduler (`startEngine`)', await measureAsync(schedule, runs)],
  ['`runLocal` end to end', await measureAsync(endToEnd, runs)],
];

export const localRunTable = (rows: ReadonlyArray<readonly [string, LocalSample]>): string =>
  [
    '| 1000 tasks (5 dags of 200), no-op leaves | wall median | wall min | CPU median | per task (wall median / CPU) | heap kept per task |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      ([label, s]) =>
        `| ${label} | ${s.medianMs.toFixed(1)} ms | ${s.minMs.toFixed(1)} ms | ${s.cpuMs.toFixed(1)} ms | ${(s.medianMs / TASKS).toFixed(3)} / ${(s.cpuMs / TASKS).toFixed(3)} ms | ${(s.heapPerTaskBytes / 1024).toFixed(1)} KiB |`,
    ),
  ].join('\n');

export const localRunVerdict = (rows: ReadonlyArray<readonly [string, LocalSample]>): string => {
  const s = rows[0]?.[1];
  const wall = (s?.medianMs ?? Infinity) / TASKS;
  const cpu = (s?.cpuMs ?? Infinity) / TASKS;
  const verdict = (ms: number): string => (ms <= 0.1 ? 'meets' : 'misses');
  return `scheduling ${wall.toFixed(3)} ms/task wall (${verdict(wall)}), ${cpu.toFixed(3)} ms/task CPU (${verdict(cpu)}) the ≤ 0.1 ms/task target`;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runLocalBench(Number(process.argv[2] ?? 15));
  console.log(localRunTable(rows));
  console.log(`\n- ${localRunVerdict(rows)}`);
}
