// The clock a local run waits on. Virtual time skips ahead whenever nothing runs but timers, so backoffs,
// suspend durations and deadlines cost no real time (as Temporal's test environment does); real time sleeps.

/** What the scheduler waits on: now, and a sleep that an abort ends early. */
export interface RunClock {
  /** Milliseconds since the run started. */
  now(): number;
  /** Resolves after `ms` (true), or as soon as `signal` aborts (false). */
  sleep(ms: number, signal?: AbortSignal): Promise<boolean>;
  /**
   * Marks real asynchronous work (a leaf running) as in flight: virtual time does not move until every
   * piece of work begun has ended. Returns the function that ends it.
   */
  busy(): () => void;
  /** Resolves when nothing but an external resume can make progress (virtual clock only; never in real time). */
  whenIdle(): Promise<void>;
}

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: (fired: boolean) => void;
}

/** A clock whose time only moves when the run is idle: it then jumps to the next timer. */
export const virtualClock = (): RunClock => {
  let now = 0;
  let seq = 0;
  let inFlight = 0;
  let scheduled = false;
  const timers: Timer[] = [];
  let idle: Array<() => void> = [];

  // setImmediate runs after every pending promise reaction: the run has done all it can at this instant.
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(advance);
  };
  const advance = (): void => {
    scheduled = false;
    if (inFlight > 0) return;
    if (timers.length === 0) {
      const waiting = idle;
      idle = [];
      for (const resolve of waiting) resolve();
      return;
    }
    let next = 0;
    for (let i = 1; i < timers.length; i++) {
      const t = timers[i]!;
      const best = timers[next]!;
      if (t.at < best.at || (t.at === best.at && t.seq < best.seq)) next = i;
    }
    const [timer] = timers.splice(next, 1);
    now = Math.max(now, timer!.at);
    timer!.fire(true);
    schedule();
  };

  return {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<boolean>((resolve) => {
        if (signal?.aborted === true) return resolve(false);
        const timer: Timer = {
          at: now + Math.max(0, ms),
          seq: seq++,
          fire: (fired) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(fired);
          },
        };
        const onAbort = (): void => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
          timer.fire(false);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        timers.push(timer);
        schedule();
      }),
    busy: () => {
      inFlight++;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        inFlight--;
        if (inFlight === 0) schedule();
      };
    },
    whenIdle: () =>
      new Promise<void>((resolve) => {
        idle.push(resolve);
        schedule();
      }),
  };
};

/** Wall-clock time: sleeps really sleep. */
export const realClock = (): RunClock => {
  const start = Date.now();
  return {
    now: () => Date.now() - start,
    sleep: (ms, signal) =>
      new Promise<boolean>((resolve) => {
        if (signal?.aborted === true) return resolve(false);
        const onAbort = (): void => {
          clearTimeout(handle);
          resolve(false);
        };
        const handle = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve(true);
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    busy: () => () => undefined,
    whenIdle: () => new Promise<void>(() => undefined),
  };
};
