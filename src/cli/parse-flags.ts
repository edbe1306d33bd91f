import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';

/**
 * `parseArgs` for a file command: a usage error is printed with the usage line and comes back as
 * `undefined`, for the command to exit 2.
 */
export const parseFlags = <const T extends ParseArgsConfig>(
  config: T,
  usage: string,
  io: CliIo,
): ReturnType<typeof parseArgs<T>> | undefined => {
  try {
    return parseArgs(config);
  } catch (e) {
    io.stderr(`${(e as Error).message}\nusage: ${usage}\n`);
    return undefined;
  }
};
