/** `tiphys cron create|lint|update|get|delete|suspend|resume`: CronWorkflows from a workflow module. */
import { asCron } from '../interp/submit/resource-manifest.js';
import { UsageError } from './client-flags.js';
import { runResourceVerb } from './resource-commands.js';
import { serverCommand, str, strs } from './server-command.js';

const VERBS = ['create', 'lint', 'update', 'get', 'delete', 'suspend', 'resume'] as const;

export const run = serverCommand(
  'tiphys cron create|lint|update <file.ts> --schedule "0 * * * *" [--schedule ...] [--timezone tz] [--concurrency-policy Allow|Forbid|Replace] [--export name]\n' +
    '       tiphys cron get|delete|suspend|resume <name...>',
  {
    schedule: { type: 'string', multiple: true },
    timezone: { type: 'string' },
    'concurrency-policy': { type: 'string' },
    export: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async (p, io) => {
    const [verb, ...rest] = p.positionals;
    const v = VERBS.find((x) => x === verb);
    if (v === undefined) throw new UsageError(`cron needs one of ${VERBS.join(', ')}`);
    const opts = { schedules: strs(p, 'schedule'), timezone: str(p, 'timezone'), concurrencyPolicy: str(p, 'concurrency-policy') };
    return runResourceVerb('CronWorkflow', v, { ...p, positionals: rest }, io, (m) => asCron(m, opts));
  },
);
