/** `tiphys delete <name...>`. */
import { clientOf, names, serverCommand, str } from './server-command.js';

export const run = serverCommand('tiphys delete <name...>', {}, async (p, io) => {
  const client = clientOf(p, io);
  for (const name of names(p)) {
    await client.delete(name, str(p, 'namespace'));
    io.stdout(`Workflow '${name}' deleted\n`);
  }
  return 0;
});
