/** `tiphys list`: workflows of a namespace, with label/field selectors and paging. */
import { UsageError } from './client-flags.js';
import { emitYaml } from '../argo-docs/yaml/emit-yaml.js';
import { formatObject, parseOutput, renderList } from './run-summary.js';
import { clientOf, serverCommand, str } from './server-command.js';

export const run = serverCommand(
  'tiphys list [-l selector] [--field-selector sel] [--name-filter text] [--limit n [--continue token]] [-o name|json|yaml|wide]',
  {
    selector: { type: 'string', short: 'l' },
    'field-selector': { type: 'string' },
    'name-filter': { type: 'string' },
    limit: { type: 'string' },
    continue: { type: 'string' },
  },
  async (p, io) => {
    const output = parseOutput(str(p, 'output'));
    if (output === undefined) throw new UsageError(`-o must be yaml, json, name or wide, not '${str(p, 'output')}'`);
    const limit = str(p, 'limit') === undefined ? undefined : Number(str(p, 'limit'));
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError(`--limit must be a positive integer, not '${str(p, 'limit')}'`);
    const list = await clientOf(p, io).list({
      namespace: str(p, 'namespace'),
      labelSelector: str(p, 'selector'),
      fieldSelector: str(p, 'field-selector'),
      nameFilter: str(p, 'name-filter'),
      limit,
      continue: str(p, 'continue'),
    });
    if (output === 'wide') io.stdout(renderList(list.items));
    else if (output === 'name') io.stdout(list.items.map((w) => formatObject(w, 'name')).join(''));
    else io.stdout(output === 'json' ? `${JSON.stringify(list, null, 2)}\n` : emitYaml(list));
    if (list.metadata.continue !== undefined && output === 'wide') io.stdout(`more: --continue ${list.metadata.continue}\n`);
    return 0;
  },
);
