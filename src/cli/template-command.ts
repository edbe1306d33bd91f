/** `tiphys template create|lint|update|get|delete`: WorkflowTemplates and ClusterWorkflowTemplates. */
import type { DocumentChoice } from './load-module.js';
import { UsageError } from './client-flags.js';
import { FILE_FLAGS, runResourceVerb } from './resource-commands.js';
import { flag, serverCommand } from './server-command.js';

const VERBS = ['create', 'lint', 'update', 'get', 'delete'] as const;

const TEMPLATES: DocumentChoice = {
  what: 'WorkflowTemplate',
  kinds: ['WorkflowTemplate', 'ClusterWorkflowTemplate'],
  example: "export const lib = workflowTemplate({ name: 'lib', templates: { ... } })",
};

export const run = serverCommand(
  'tiphys template create|lint|update <file.ts|file.yaml> [--export name] [--dry-run] [--server]\n' +
    '       tiphys template get|delete <name...> [--cluster] [--dry-run]\n' +
    '       lint and create|update --dry-run check offline with Argo\'s rules; no --dry-run contacts a server; lint --server asks the Argo Server too.\n' +
    '       A module\'s workflowTemplate() and clusterWorkflowTemplate() exports are taken, each as its own kind.',
  { ...FILE_FLAGS, cluster: { type: 'boolean' } },
  async (p, io) => {
    const [verb, ...rest] = p.positionals;
    const v = VERBS.find((x) => x === verb);
    if (v === undefined) throw new UsageError(`template needs one of ${VERBS.join(', ')}`);
    const named = flag(p, 'cluster') === true ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate';
    return runResourceVerb(TEMPLATES, named, v, { ...p, positionals: rest }, io);
  },
);
