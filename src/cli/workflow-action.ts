/** The shape shared by stop, terminate, suspend, resume, retry and resubmit: `tiphys <action> <name...>`. */
import * as E from 'fp-ts/lib/Either.js';
import type { WorkflowAction } from '../interp/submit/argo-api.js';
import { decodeParamStrings } from '../interp/typed-io/typed-params.js';
import { formatSubmitError } from '../interp/submit/submit-error.js';
import type { Command } from './cli-io.js';
import { formatObject, parseOutput } from './run-summary.js';
import { clientOf, flag, names, serverCommand, str, strs } from './server-command.js';
import { UsageError } from './client-flags.js';

const PAST: { readonly [K in WorkflowAction]: string } = {
  stop: 'stopped',
  terminate: 'terminated',
  suspend: 'suspended',
  resume: 'resumed',
  retry: 'retried',
  resubmit: 'resubmitted',
};

const FLAGS: { readonly [K in WorkflowAction]: string } = {
  stop: ' [--message text] [--node-field-selector sel]',
  terminate: '',
  suspend: '',
  resume: ' [--node-field-selector sel | --node name [-p output=value ...]]',
  retry: ' [--restart-successful] [--node-field-selector sel] [-p name=value ...]',
  resubmit: ' [--memoized] [-p name=value ...]',
};

export const workflowAction = (action: WorkflowAction): Command =>
  serverCommand(
    `tiphys ${action} <name...>${FLAGS[action]} [-o name|json|yaml]`,
    {
      message: { type: 'string' },
      'node-field-selector': { type: 'string' },
      node: { type: 'string' },
      'restart-successful': { type: 'boolean' },
      memoized: { type: 'boolean' },
      parameter: { type: 'string', short: 'p', multiple: true },
    },
    async (p, io) => {
      const output = parseOutput(str(p, 'output'));
      if (output === undefined) throw new UsageError(`-o must be yaml, json, name or wide, not '${str(p, 'output')}'`);
      const client = clientOf(p, io);
      const parameters = strs(p, 'parameter');
      const node = str(p, 'node');
      if (node !== undefined && action !== 'resume') throw new UsageError(`--node is for resume, not ${action}`);
      if (action === 'resume' && parameters.length > 0 && node === undefined)
        throw new UsageError('-p on resume sets outputs of a suspend node: name it with --node');
      const outputs = decodeParamStrings(node === undefined ? [] : parameters, undefined);
      if (E.isLeft(outputs)) throw new UsageError(formatSubmitError(outputs.left));
      const namespace = str(p, 'namespace');
      for (const name of names(p)) {
        // A named suspend node: its supplied outputs are checked against its template in the live workflow.
        const wf =
          node !== undefined
            ? await client.resume(name, node, outputs.right as Readonly<Record<string, string>>, { namespace })
            : await client.action(name, action, {
                namespace,
                message: str(p, 'message'),
                nodeFieldSelector: str(p, 'node-field-selector'),
                restartSuccessful: flag(p, 'restart-successful'),
                memoized: flag(p, 'memoized'),
                parameters: parameters.length === 0 ? undefined : parameters,
              });
        // resubmit makes a new workflow: show its name, which is what the user needs next.
        if (output === 'wide') io.stdout(`Workflow '${name}' ${PAST[action]}${action === 'resubmit' ? ` as '${wf.metadata.name ?? ''}'` : ''}\n`);
        else io.stdout(formatObject(wf, output));
      }
      return 0;
    },
  );
