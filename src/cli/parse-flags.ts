import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T & { options: { help: { type: 'boolean'; short: 'h' } } }>>;

/**
 * `parseArgs` for a file command, with `-h/--help` added. When the command should stop here, the exit
 * code comes back instead of the flags: 0 after printing the usage for `--help`, 2 after a usage error.
 */
export const parseFlags = <const T extends ParseArgsConfig>(config: T, usage: string, io: CliIo): Parsed<T> | number => {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({ ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } }) as Parsed<T>;
  } catch (e) {
    io.stderr(`${(e as Error).message}\nusage: ${usage}\n`);
    return 2;
  }
  if ((parsed.values as { readonly help?: boolean }).help === true) {
    io.stdout(`usage: ${usage}\n`);
    return 0;
  }
  return parsed;
};
