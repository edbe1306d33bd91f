/** Timing helpers for the runtime bench: wall time, CPU time and heap growth of a synchronous function. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` starts node without --expose-gc; this turns it on from inside (a documented V8 flag).
setFlagsFromString('--expose-gc');
export const gc = runInNewContext('gc') as () => void;

/** Runs after a forced full GC: enough for a stable max heap delta without doubling the bench time. */
const AFTER_GC_RUNS = 5;

/** One measured operation. */
export interface Sample {
  /** Median wall time over the steady-state runs (no forced GC in between), in milliseconds. */
  readonly medianMs: number;
  readonly minMs: number;
  /**
   * Median CPU time of the process over the same runs (all threads, so parallel GC counts), in ms.
   * Unlike wall time it does not grow while the process waits for a core on a shared machine.
   */
  readonly cpuMs: number;
  /**
   * Median wall time of runs that each start right after a forced full GC. V8 then shrinks the young
   * generation, so the run pays for growing it again: closer to a one-shot CLI build than `medianMs`.
   */
  readonly afterGcMs: number;
  /**
   * Largest heap growth seen during one run started after a full GC, in bytes: heap used right after
   * the run minus heap used before it. A young-generation GC inside the run makes it an underestimate.
   */
  readonly heapDeltaBytes: number;
  readonly runs: number;
}

export interface MeasureOptions {
  readonly warmup: number;
  readonly runs: number;
}

export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Keeps results reachable so the optimiser cannot drop the work. */
let sink: unknown;

/** Runs `f` `warmup` times unmeasured, `runs` times measured back to back, then a few times after a full GC. */
export const measure = (f: () => unknown, { warmup, runs }: MeasureOptions): Sample => {
  for (let i = 0; i < warmup; i++) sink = f();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink = f();
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    times.push(t1 - t0);
    cpu.push((c1.user + c1.system) / 1000);
  }
  const afterGc: number[] = [];
  let heapDeltaBytes = 0;
  for (let i = 0; i < AFTER_GC_RUNS; i++) {
    sink = undefined;
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    sink = f();
    afterGc.push(performance.now() - t0);
    heapDeltaBytes = Math.max(heapDeltaBytes, process.memoryUsage().heapUsed - before);
  }
  sink = undefined;
  return {
    medianMs: median(times),
    minMs: Math.min(...times),
    cpuMs: median(cpu),
    afterGcMs: median(afterGc),
    heapDeltaBytes,
    runs,
  };
};
