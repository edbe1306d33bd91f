// `parallelism`: at most `limit` holders at once, served first come first served.

/** A counting semaphore; `acquire` resolves with the function that releases the slot. */
export interface RunSemaphore {
  acquire(): Promise<() => void>;
}

const released = (): void => undefined;

/** No limit: `acquire` resolves at once. */
export const unlimited: RunSemaphore = { acquire: () => Promise.resolve(released) };

export const semaphore = (limit: number | undefined): RunSemaphore => {
  if (limit === undefined || limit <= 0) return unlimited;
  let free = limit;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next !== undefined) next();
    else free++;
  };
  return {
    acquire: () => {
      const once = (): (() => void) => {
        let done = false;
        return () => {
          if (done) return;
          done = true;
          release();
        };
      };
      if (free > 0) {
        free--;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => waiting.push(() => resolve(once())));
    },
  };
};
