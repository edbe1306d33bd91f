/** `tiphys get <name>`: one workflow as a summary and node tree, or `-o yaml|json|name`. */
import { UsageError } from './client-flags.js';
import { formatObject, parseOutput, renderRunSummary } from './run-summary.js';
import { clientOf, names, serverCommand, str } from './server-command.js';

export const run = serverCommand('tiphys get <name> [-o yaml|json|name|wide]', {}, async (p, io) => {
  const output = parseOutput(str(p, 'output'));
  if (output === undefined) throw new UsageError(`-o must be yaml, json, name or wide, not '${str(p, 'output')}'`);
  const client = clientOf(p, io);
  for (const name of names(p)) {
    const wf = await client.get(name, str(p, 'namespace'));
    io.stdout(output === 'wide' ? renderRunSummary(wf) : formatObject(wf, output));
  }
  return 0;
});
