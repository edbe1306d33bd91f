/** The frame of a server-facing command: parse flags, `--help`, run, report failures at the edge. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ArgoClient } from '../interp/submit/argo-client.js';
import type { CliIo, Command } from './cli-io.js';
import { clientOptions, clientUsage, connect, report, UsageError } from './client-flags.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | ReadonlyArray<string> | undefined>>;
  readonly positionals: ReadonlyArray<string>;
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
  );

export const serverCommand =
  (usage: string, options: Options, body: (p: Parsed, io: CliIo) => Promise<number>): Command =>
  async (argv, io) => {
    const fullUsage = `${usage}\n${clientUsage}`;
    try {
      const parsed: Parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { ...clientOptions, ...options } });
      if (flag(parsed, 'help') === true) {
        io.stdout(`usage: ${fullUsage}\n`);
        return 0;
      }
      return await body(parsed, io);
    } catch (e) {
      return report(io, e instanceof TypeError && 'code' in e ? new UsageError(e.message) : e, fullUsage);
    }
  };

/** The positional names, at least one. */
export const names = (p: Parsed, what = 'workflow name'): ReadonlyArray<string> => {
  if (p.positionals.length === 0) throw new UsageError(`expected a ${what}`);
  return p.positionals;
};
