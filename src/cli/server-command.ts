/** The frame of a server-facing command: parse flags, `--help`, run, report failures at the edge. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ArgoClient } from '../interp/submit/argo-client.js';
import type { CliIo, Command } from './cli-io.js';
import { clientOptions, clientUsage, connect, report, UsageError } from './client-flags.js';
import { deadlineMs, withDeadline } from './command-deadline.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | ReadonlyArray<string> | undefined>>;
  readonly positionals: ReadonlyArray<string>;
  /** Aborted when the command's deadline passes; the client cancels its requests. */
  readonly signal?: AbortSignal;
}

export const str = (p: Parsed, key: string): string | undefined => {
  const v = p.values[key];
  return typeof v === 'string' ? v : undefined;
};

export const flag = (p: Parsed, key: string): boolean | undefined => {
  const v = p.values[key];
  return typeof v === 'boolean' ? v : undefined;
};

export const strs = (p: Parsed, key: string): ReadonlyArray<string> => {
  const v = p.values[key];
  return Array.isArray(v) ? (v as ReadonlyArray<string>) : [];
};

/** The client the shared connection flags describe. */
export const clientOf = (p: Parsed, io: CliIo): ArgoClient =>
  connect(
    {
      namespace: str(p, 'namespace'),
      mode: str(p, 'mode'),
      'argo-server': str(p, 'argo-server'),
      'argo-base-href': str(p, 'argo-base-href'),
      secure: str(p, 'secure'),
      'insecure-skip-verify': flag(p, 'insecure-skip-verify'),
      kubeconfig: str(p, 'kubeconfig'),
      context: str(p, 'context'),
      'request-timeout': str(p, 'request-timeout'),
      verbose: flag(p, 'verbose'),
    },
    io,
    p.signal,
  );

const deadlineUsage = '            [--timeout 2m]: the whole command\'s deadline (none for watch, logs -f, submit --watch/--wait unless given)';

/** Follows a workflow to its end, so no default deadline: `--follow`, `--watch` or `--wait`. */
const followsByFlags = (p: Parsed): boolean => flag(p, 'follow') === true || flag(p, 'watch') === true || flag(p, 'wait') === true;

export const serverCommand =
  (usage: string, options: Options, body: (p: Parsed, io: CliIo) => Promise<number>, follows = followsByFlags): Command =>
  async (argv, io) => {
    const fullUsage = `${usage}\n${clientUsage}\n${deadlineUsage}`;
    try {
      const parsed: Parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: { ...clientOptions, timeout: { type: 'string' }, ...options },
      });
      if (flag(parsed, 'help') === true) {
        io.stdout(`usage: ${fullUsage}\n`);
        return 0;
      }
      const ms = deadlineMs(str(parsed, 'timeout'), follows(parsed));
      const controller = new AbortController();
      return await withDeadline(
        ms,
        controller,
        () => body({ ...parsed, signal: controller.signal }, io),
        () => {
          io.stderr(`tiphys: gave up after ${str(parsed, 'timeout') ?? '2m'} (--timeout); requests still open were cancelled\n`);
          return 1;
        },
      );
    } catch (e) {
      return report(io, e instanceof TypeError && 'code' in e ? new UsageError(e.message) : e, fullUsage);
    }
  };

/** The positional names, at least one. */
export const names = (p: Parsed, what = 'workflow name'): ReadonlyArray<string> => {
  if (p.positionals.length === 0) throw new UsageError(`expected a ${what}`);
  return p.positionals;
};
