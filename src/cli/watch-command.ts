/** `tiphys watch <name>`: follows a workflow to its end; exit 1 when it did not succeed. */
import { followWorkflow } from './follow-workflow.js';
import { clientOf, names, serverCommand, str } from './server-command.js';

export const run = serverCommand('tiphys watch <name>', {}, async (p, io) => {
  const client = clientOf(p, io);
  const [name] = names(p);
  const last = await followWorkflow(client, name ?? '', str(p, 'namespace') ?? client.api.namespace, io);
  return last?.status?.phase === 'Succeeded' ? 0 : 1;
}, () => true);
