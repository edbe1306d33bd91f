/** `tiphys template create|lint|update|get|delete`: WorkflowTemplates (ClusterWorkflowTemplates with --cluster). */
import { asTemplate } from '../interp/submit/resource-manifest.js';
import { UsageError } from './client-flags.js';
import { runResourceVerb } from './resource-commands.js';
import { flag, serverCommand } from './server-command.js';

const VERBS = ['create', 'lint', 'update', 'get', 'delete'] as const;

export const run = serverCommand(
  'tiphys template create|lint|update <file.ts> [--export name] [--cluster] [--dry-run]\n       tiphys template get|delete <name...> [--cluster]',
  { cluster: { type: 'boolean' }, export: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  async (p, io) => {
    const [verb, ...rest] = p.positionals;
    const v = VERBS.find((x) => x === verb);
    if (v === undefined) throw new UsageError(`template needs one of ${VERBS.join(', ')}`);
    const kind = flag(p, 'cluster') === true ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate';
    return runResourceVerb(kind, v, { ...p, positionals: rest }, io, (m) => asTemplate(m, kind));
  },
);
