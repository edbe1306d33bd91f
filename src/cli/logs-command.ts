/** `tiphys logs <name>`: the workflow's pod logs, streamed, as `pod: line`. */
import { UsageError } from './client-flags.js';
import { clientOf, flag, names, serverCommand, str } from './server-command.js';

export const run = serverCommand(
  'tiphys logs <name> [--pod name] [-c container] [-f|--follow] [--grep text] [--tail n] [--no-prefix]',
  {
    pod: { type: 'string' },
    container: { type: 'string', short: 'c' },
    follow: { type: 'boolean', short: 'f' },
    grep: { type: 'string' },
    tail: { type: 'string' },
    'no-prefix': { type: 'boolean' },
  },
  async (p, io) => {
    const [name] = names(p);
    const tail = str(p, 'tail') === undefined ? undefined : Number(str(p, 'tail'));
    if (tail !== undefined && !Number.isInteger(tail)) throw new UsageError(`--tail must be an integer, not '${str(p, 'tail')}'`);
    const lines = clientOf(p, io).logs(name ?? '', {
      namespace: str(p, 'namespace'),
      podName: str(p, 'pod'),
      container: str(p, 'container'),
      follow: flag(p, 'follow'),
      grep: str(p, 'grep'),
      tailLines: tail,
    });
    for await (const l of lines) io.stdout(flag(p, 'no-prefix') === true ? `${l.content ?? ''}\n` : `${l.podName ?? ''}: ${l.content ?? ''}\n`);
    return 0;
  },
);
