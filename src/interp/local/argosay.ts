// `argoproj/argosay:v2`, the image of most of Argo's own examples and end-to-end tests, run by its
// entrypoint (no `command`): this machine has no `/argosay`, so its five verbs are done here, in process,
// on the attempt's sandbox. Same outputs as the program: stdout, files, exit code (2 for its usage errors,
// as a Go panic exits). Being done here, its `sleep` waits on the run's clock: virtual time moves past it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Container, ScriptTemplate } from '../../argo-model/generated/index.js';
import type { ProcessEnd } from './host-process.js';
import { abortReason } from './host-process.js';

/** Whether a container runs argosay v2's entrypoint: that image (any tag but v1), and no command or `/argosay`. */
export const runsArgosay = (c: Container | ScriptTemplate | undefined): boolean =>
  c !== undefined &&
  /^(docker\.io\/)?argoproj\/argosay(:(?!v1$)[\w.-]+)?$/.test(c.image) &&
  (c.command === undefined || c.command.length === 0 || (c.command.length === 1 && /^\/?argosay$/.test(c.command[0] ?? '')));

const UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's `time.ParseDuration`, in milliseconds; `undefined` for what Go refuses. */
export const parseGoDuration = (text: string): number | undefined => {
  if (text === '0') return 0;
  const m = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (m === null) return undefined;
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(n) * (UNITS[unit ?? ''] ?? 0);
  return m[1] === '-' ? -total : total;
};

/** Real waiting, for a caller without the run's clock; false when the signal fired first. */
export const realSleep = (ms: number, signal: AbortSignal): Promise<boolean> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

const exited = (exitCode: number, stdout = '', stderr = ''): ProcessEnd => ({ kind: 'exited', exitCode, stdout, stderr });
const usage = (text: string): ProcessEnd => exited(2, '', `panic: ${text}\n`);

/**
 * Runs `argosay args...`; `hostPath` maps the container paths it names into the sandbox, and `sleep` waits
 * on the run's clock (virtual time by default), false when the signal fired first.
 */
export const argosay = async (
  args: ReadonlyArray<string>,
  hostPath: (p: string) => string,
  sleep: (ms: number) => Promise<boolean>,
  signal: AbortSignal,
): Promise<ProcessEnd> => {
  const [verb = 'echo', ...rest] = args;
  switch (verb) {
    case 'echo':
      if (rest.length === 0) return exited(0, 'hello argo\n');
      if (rest.length === 1) return exited(0, `${rest[0]}\n`);
      if (rest.length === 2) {
        const file = hostPath(rest[1]!);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, rest[0]!);
        return exited(0);
      }
      return usage('usage: argosay echo [string] [file]');
    case 'cat': {
      let out = '';
      for (const f of rest) {
        const text = await readFile(hostPath(f), 'utf8').catch(() => undefined);
        if (text === undefined) return exited(2, out, `panic: open ${f}: no such file or directory\n`);
        out += text;
      }
      return exited(0, out);
    }
    case 'exit': {
      const code = rest.length === 1 ? Number(rest[0]) : 0;
      return Number.isInteger(code) ? exited(code) : usage(`strconv.Atoi: parsing "${rest[0] ?? ''}": invalid syntax`);
    }
    case 'sleep': {
      const ms = rest.length === 1 ? parseGoDuration(rest[0]!) : undefined;
      if (ms === undefined) return usage(rest.length === 1 ? `time: invalid duration "${rest[0]}"` : 'usage: argosay sleep duration');
      return (await sleep(Math.max(0, ms))) ? exited(0) : { kind: 'aborted', reason: abortReason(signal) };
    }
    case 'assert_contains': {
      if (rest.length !== 2) return usage('usage: assert_contains data string');
      const text = await readFile(hostPath(rest[0]!), 'utf8').catch(() => undefined);
      if (text === undefined) return usage(`open ${rest[0]}: no such file or directory`);
      return text.includes(rest[1]!) ? exited(0) : usage(`expected "${rest[0]}" to contain "${rest[1]}", but was "${text}"`);
    }
    default:
      return usage('usage: argosay [assert_contains file string|cat [file...]|echo [string] [file]|sleep duration|exit [code]]');
  }
};
