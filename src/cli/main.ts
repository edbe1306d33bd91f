import { readFileSync } from 'node:fs';
import type { CliIo, Command } from './cli-io.js';
import { terminalSafeIo } from './terminal-safe.js';

/** Subcommands load on demand, so `tiphys build` does not pay for the HTTP client. */
const commands: Readonly<
  Record<string, { readonly summary: string; readonly loadsUserModules?: true; readonly load: () => Promise<Command> }>
> = {
  build: {
    summary: 'print the Argo YAML of the workflows a .ts module exports',
    loadsUserModules: true,
    load: async () => (await import('./build-command.js')).run,
  },
  convert: {
    summary: 'convert Argo YAML files (or every .yaml under a folder) into typed tiphys TypeScript modules',
    load: async () => (await import('./convert-command.js')).run,
  },
  graph: {
    summary: 'draw a workflow module as a Mermaid, DOT or SVG graph',
    loadsUserModules: true,
    load: async () => (await import('./graph-command.js')).run,
  },
  import: {
    summary: 'read Argo YAML into the typed model and print it back as tiphys emits it',
    load: async () => (await import('./import-command.js')).run,
  },
  lint: {
    summary: 'check Argo YAML files and .ts workflow modules offline, with Argo\'s rules (--server: by the Argo Server; --against lib.yaml: stale stubs)',
    loadsUserModules: true,
    load: async () => {
      const [{ runLint }, { renderModuleDocuments }, { typecheckLines }] = await Promise.all([
        import('./lint-command.js'),
        import('./load-module.js'),
        import('./typecheck-modules.js'),
      ]);
      return async (argv, io) =>
        argv.includes('--server')
          ? (await import('./lint-server-command.js')).run(argv, io)
          : argv.some((a) => a === '--against' || a.startsWith('--against='))
            ? (await import('./lint-stubs-command.js')).run(argv, io)
            : runLint(argv, io, {
              moduleExtensions: ['.ts', '.mts', '.js', '.mjs'],
              directoryModuleExtensions: ['.ts', '.mts'],
              loadModule: renderModuleDocuments,
              typecheck: typecheckLines,
            });
    },
  },
  run: {
    summary: 'run a workflow module or Argo YAML on this machine with Argo\'s semantics (--host, --mock file.json, -p name=value)',
    loadsUserModules: true,
    load: async () => (await import('./run-command.js')).run,
  },
  submit: {
    summary: 'submit a workflow module to Argo (--watch, --wait, --dry-run, -p name=value)',
    loadsUserModules: true,
    load: async () => (await import('./submit-command.js')).run,
  },
  get: {
    summary: 'show a workflow and its node tree',
    load: async () => (await import('./get-command.js')).run,
  },
  list: {
    summary: 'list workflows',
    load: async () => (await import('./list-command.js')).run,
  },
  watch: {
    summary: 'follow a workflow until it ends',
    load: async () => (await import('./watch-command.js')).run,
  },
  logs: {
    summary: 'print the logs of a workflow',
    load: async () => (await import('./logs-command.js')).run,
  },
  delete: {
    summary: 'delete workflows',
    load: async () => (await import('./delete-command.js')).run,
  },
  stop: {
    summary: 'stop workflows (exit handlers run)',
    load: async () => (await import('./stop-command.js')).run,
  },
  terminate: {
    summary: 'terminate workflows (no exit handlers)',
    load: async () => (await import('./terminate-command.js')).run,
  },
  suspend: {
    summary: 'suspend workflows',
    load: async () => (await import('./suspend-command.js')).run,
  },
  resume: {
    summary: 'resume workflows',
    load: async () => (await import('./resume-command.js')).run,
  },
  retry: {
    summary: 'retry failed workflows',
    load: async () => (await import('./retry-command.js')).run,
  },
  resubmit: {
    summary: 'submit workflows again',
    load: async () => (await import('./resubmit-command.js')).run,
  },
  stub: {
    summary: 'write typed stubs of WorkflowTemplates that live in YAML or on a cluster (templateRef calls type-check)',
    load: async () => (await import('./stub-command.js')).run,
  },
  template: {
    summary: 'create|lint|update|get|delete WorkflowTemplates',
    loadsUserModules: true,
    load: async () => (await import('./template-command.js')).run,
  },
  cron: {
    summary: 'create|lint|update|get|delete|suspend|resume CronWorkflows',
    loadsUserModules: true,
    load: async () => (await import('./cron-command.js')).run,
  },
};

/** The subcommands, in the order the help lists them. */
export const commandNames: ReadonlyArray<string> = Object.keys(commands);

// Read at run time: src/cli and dist/cli both sit two levels below the package root.
const version = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const help = (): string =>
  `tiphys: Argo Workflows as typed TypeScript\n\nusage: tiphys <command> [options]\n\ncommands:\n${Object.entries(
    commands,
  )
    .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
    .join('\n')}\n\n\`tiphys help <command>\` or \`tiphys <command> --help\` shows a command's usage; \`tiphys --version\` the version.\n`;

export interface MainOptions {
  /** Runs before a command that imports the user's modules loads: `bin/tiphys.js` registers tsx there. */
  readonly beforeUserModules?: () => Promise<void>;
}

/** Runs the CLI with the given arguments; returns the exit code. */
export const main = async (argv: ReadonlyArray<string>, rawIo: CliIo, options: MainOptions = {}): Promise<number> => {
  const io = terminalSafeIo(rawIo);
  const [first, ...afterFirst] = argv;
  if (first === '--version') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  // `help <command>` is `<command> --help`.
  const [name, rest] = first === 'help' && afterFirst[0] !== undefined ? [afterFirst[0], ['--help']] : [first, afterFirst];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  // Own keys only: `tiphys constructor` must not find Object.prototype members.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    io.stderr(`unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  if (command.loadsUserModules === true) await options.beforeUserModules?.();
  return (await command.load())(rest, io);
};

/** The process's own streams and environment. */
export const processIo = (): CliIo => ({
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});
