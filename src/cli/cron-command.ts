/** `tiphys cron create|lint|update|get|delete|suspend|resume`: CronWorkflows. */
import type { DocumentChoice } from './load-module.js';
import { UsageError } from './client-flags.js';
import { FILE_FLAGS, runResourceVerb } from './resource-commands.js';
import { serverCommand } from './server-command.js';

const VERBS = ['create', 'lint', 'update', 'get', 'delete', 'suspend', 'resume'] as const;

const CRONS: DocumentChoice = {
  what: 'CronWorkflow',
  kinds: ['CronWorkflow'],
  example: "export default cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: workflow({ ... }) })",
};

export const run = serverCommand(
  'tiphys cron create|lint|update <file.ts|file.yaml> [--export name] [--dry-run] [--server]\n' +
    '       tiphys cron get|delete|suspend|resume <name...> [--dry-run]\n' +
    '       lint and create|update --dry-run check offline with Argo\'s rules; no --dry-run contacts a server; lint --server asks the Argo Server too.',
  FILE_FLAGS,
  async (p, io) => {
    const [verb, ...rest] = p.positionals;
    const v = VERBS.find((x) => x === verb);
    if (v === undefined) throw new UsageError(`cron needs one of ${VERBS.join(', ')}`);
    return runResourceVerb(CRONS, 'CronWorkflow', v, { ...p, positionals: rest }, io);
  },
);
