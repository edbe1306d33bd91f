import type { CliIo, Command } from './cli-io.js';

/** Subcommands load on demand, so `tiphys build` does not pay for the HTTP client. */
const commands: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {
  build: {
    summary: 'print the Argo YAML of the workflows a .ts module exports',
    load: async () => (await import('./build-command.js')).run,
  },
  import: {
    summary: 'read Argo YAML into the typed model and print it back as tiphys emits it',
    load: async () => (await import('./import-command.js')).run,
  },
  lint: {
    summary: 'check Argo YAML files and .ts workflow modules offline, with Argo\'s rules',
    load: async () => {
      const [{ runLint }, { renderModuleDocuments }] = await Promise.all([
        import('./lint-command.js'),
        import('./load-module.js'),
      ]);
      return (argv, io) =>
        runLint(argv, io, { moduleExtensions: ['.ts', '.mts', '.js', '.mjs'], loadModule: renderModuleDocuments });
    },
  },
};

const help = (): string =>
  `tiphys: Argo Workflows as typed TypeScript\n\nusage: tiphys <command> [options]\n\ncommands:\n${Object.entries(
    commands,
  )
    .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
    .join('\n')}\n`;

/** Runs the CLI with the given arguments; returns the exit code. */
export const main = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    io.stderr(`unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  return (await command.load())(rest, io);
};

/** The process's own streams and environment. */
export const processIo = (): CliIo => ({
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});
