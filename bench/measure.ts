/** Timing helpers for the runtime bench: median wall time and heap growth of a synchronous function. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` starts node without --expose-gc; this turns it on from inside (a documented V8 flag).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** One measured operation. */
export interface Sample {
  /** Median wall time over the measured runs, in milliseconds. */
  readonly medianMs: number;
  readonly minMs: number;
  /**
   * Median CPU time of the process (all threads, so parallel GC counts) over the runs, in ms. Unlike
   * wall time it does not grow while the process waits for a core, which matters on a shared machine.
   */
  readonly cpuMs: number;
  /**
   * Largest heap growth seen during one run, in bytes: heap used right after the run minus heap used
   * after a full GC just before it. A young-generation GC inside the run makes it an underestimate.
   */
  readonly heapDeltaBytes: number;
  readonly runs: number;
}

export interface MeasureOptions {
  readonly warmup: number;
  readonly runs: number;
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Keeps results reachable so the optimiser cannot drop the work. */
let sink: unknown;

/** Runs `f` `warmup` times unmeasured, then `runs` times, each after a full GC. */
export const measure = (f: () => unknown, { warmup, runs }: MeasureOptions): Sample => {
  for (let i = 0; i < warmup; i++) sink = f();
  const times: number[] = [];
  const cpu: number[] = [];
  let heapDeltaBytes = 0;
  for (let i = 0; i < runs; i++) {
    sink = undefined;
    gc();
    const before = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink = f();
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    heapDeltaBytes = Math.max(heapDeltaBytes, process.memoryUsage().heapUsed - before);
    times.push(t1 - t0);
  }
  sink = undefined;
  return { medianMs: median(times), minMs: Math.min(...times), cpuMs: median(cpu), heapDeltaBytes, runs };
};

