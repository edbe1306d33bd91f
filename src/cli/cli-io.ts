/** What a CLI command may touch: injected so commands run in-process in tests. */
export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
}

/** A subcommand: parses its own arguments and returns the exit code. */
export type Command = (argv: ReadonlyArray<string>, io: CliIo) => Promise<number>;
