import type { CliIo, Command } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';

/** What one in-process CLI run printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly isTTY?: boolean;
}

/** Runs a command (the whole CLI by default) in-process with captured output. */
export const runCli = async (
  argv: ReadonlyArray<string>,
  o: CliRunOptions = {},
  command: Command = main,
): Promise<CliRun> => {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env: o.env ?? {},
    isTTY: o.isTTY ?? false,
  };
  const code = await command(argv, io);
  return { code, stdout, stderr };
};
