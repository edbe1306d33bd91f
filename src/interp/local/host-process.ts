// One process on this machine for one leaf attempt: stdout kept for `outputs.result`, killed on abort.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

// model

export interface ProcessSpec {
  readonly command: string;
  readonly args: ReadonlyArray<string>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly signal: AbortSignal;
}

/** How the process ended. */
export type ProcessEnd =
  | { readonly kind: 'exited'; readonly exitCode: number; readonly stdout: string; readonly stderr: string }
  | { readonly kind: 'not-started'; readonly error: string }
  | { readonly kind: 'aborted'; readonly reason: string };

// utils

/** Argo keeps the last 256 kB of a step's stdout as its result. */
const RESULT_LIMIT = 256 * 1024;

/** Seconds between SIGTERM and SIGKILL, as a pod's grace period (shortened: nothing here flushes state). */
const KILL_GRACE_MS = 2000;

/** Exit code of a process killed by a signal, as a shell reports it (128 + the signal's number). */
const signalExitCode = (signal: NodeJS.Signals): number => 128 + (constants.signals[signal] ?? 0);

/** The text of an abort reason: the scheduler passes a string or an Error. */
export const abortReason = (signal: AbortSignal): string => {
  const r: unknown = signal.reason;
  return r instanceof Error ? r.message : typeof r === 'string' ? r : 'stopped';
};

/** Keeps the last `limit` bytes of a stream. */
const tailBuffer = (limit: number) => {
  const chunks: Buffer[] = [];
  let size = 0;
  return {
    push: (chunk: Buffer): void => {
      chunks.push(chunk);
      size += chunk.length;
      while (chunks.length > 1 && size - chunks[0]!.length >= limit) size -= chunks.shift()!.length;
    },
    text: (): string => {
      const all = Buffer.concat(chunks);
      return all.subarray(Math.max(0, all.length - limit)).toString('utf8');
    },
  };
};

/**
 * Runs `command args` in its own process group, so that an abort kills what it started too (a shell's
 * `sleep` would otherwise hold stdout open after the shell died).
 */
export const runProcess = (spec: ProcessSpec): Promise<ProcessEnd> =>
  new Promise((resolve) => {
    if (spec.signal.aborted) {
      resolve({ kind: 'aborted', reason: abortReason(spec.signal) });
      return;
    }
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = tailBuffer(RESULT_LIMIT);
    const stderr = tailBuffer(RESULT_LIMIT);
    child.stdout.on('data', stdout.push);
    child.stderr.on('data', stderr.push);
    let killTimer: NodeJS.Timeout | undefined;
    const killGroup = (sig: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, sig);
      } catch {
        // The group is already gone.
      }
    };
    const onAbort = (): void => {
      killGroup('SIGTERM');
      killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    spec.signal.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    // A process that fails to start emits 'error' and may emit 'close' after it: the first one counts.
    const done = (end: ProcessEnd): void => {
      if (settled) return;
      settled = true;
      spec.signal.removeEventListener('abort', onAbort);
      if (killTimer !== undefined) clearTimeout(killTimer);
      resolve(end);
    };
    child.on('error', (e: NodeJS.ErrnoException) =>
      done({ kind: 'not-started', error: e.code === 'ENOENT' ? `${spec.command}: not found on this machine` : e.message }),
    );
    child.on('close', (code, sig) => {
      if (spec.signal.aborted) return done({ kind: 'aborted', reason: abortReason(spec.signal) });
      const exitCode = code ?? (sig !== null ? signalExitCode(sig) : 1);
      done({ kind: 'exited', exitCode, stdout: stdout.text(), stderr: stderr.text() });
    });
  });
