/**
 * The verbs shared by `tiphys template` and `tiphys cron`: create, lint and update take a file (the
 * WorkflowTemplates or CronWorkflows a .ts module exports, or a manifest file's documents of those
 * kinds), checked offline with Argo's rules first; get, delete, suspend and resume take names.
 * `lint` and every `--dry-run` need no server (a dry run sends nothing); `lint --server` has the Argo Server
 * check too.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { ResourceKind } from '../interp/submit/argo-api.js';
import type { ArgoManifest } from '../interp/typed-io/argo-manifest.js';
import type { CliIo } from './cli-io.js';
import { reportProblems, UsageError } from './client-flags.js';
import type { DocumentChoice } from './load-module.js';
import { loadResources } from './load-submittables.js';
import { formatObject, parseOutput } from './run-summary.js';
import { clientOf, flag, names, str, type Parsed } from './server-command.js';

export type Verb = 'create' | 'lint' | 'get' | 'delete' | 'suspend' | 'resume' | 'update';

const PAST = { delete: 'deleted', suspend: 'suspended', resume: 'resumed' } as const;

/** The flags the file verbs take, beside the connection flags. */
export const FILE_FLAGS = {
  export: { type: 'string' },
  'dry-run': { type: 'boolean' },
  server: { type: 'boolean' },
} as const;

/** `what` is what the file verbs take; `named` the kind the name verbs (get, delete, ...) address. */
export const runResourceVerb = async (choice: DocumentChoice, named: ResourceKind, verb: Verb, p: Parsed, io: CliIo): Promise<number> => {
  const output = parseOutput(str(p, 'output'));
  if (output === undefined) throw new UsageError(`-o must be yaml, json, name or wide, not '${str(p, 'output')}'`);
  const ns = str(p, 'namespace');
  const dryRun = flag(p, 'dry-run') === true;
  const show = (obj: ArgoManifest, kind: ResourceKind, what: string): void =>
    io.stdout(output === 'wide' ? `${kind} '${obj.metadata.name ?? ''}' ${what}\n` : formatObject(obj, output));
  if (verb === 'create' || verb === 'lint' || verb === 'update') {
    const [file, ...extra] = names(p, 'file');
    if (file === undefined || extra.length > 0) throw new UsageError(`${verb} takes one file`);
    const loaded = await loadResources(file, choice, str(p, 'export'));
    if (E.isLeft(loaded)) return reportProblems(io, file, loaded.left);
    const offline = (verb === 'lint' && flag(p, 'server') !== true) || (verb !== 'lint' && dryRun);
    if (offline) {
      // Checked by tiphys alone: no client is built, so no server (nor its settings) is needed.
      for (const { kind, manifest } of loaded.right) {
        const obj = { ...manifest, metadata: { ...manifest.metadata, ...(ns !== undefined && { namespace: ns }) } };
        if (verb === 'lint') io.stdout(`${kind} '${manifest.metadata.name ?? ''}' is valid\n`);
        else io.stdout(formatObject(obj, output === 'wide' ? 'yaml' : output));
      }
      return 0;
    }
    const client = clientOf(p, io);
    for (const { kind, manifest } of loaded.right) {
      if (verb === 'lint') show(await client.resource.lint(kind, manifest, ns), kind, 'is valid (checked by the Argo Server)');
      else if (verb === 'update') show(await client.resource.update(kind, manifest, ns), kind, 'updated');
      else show(await client.resource.create(kind, manifest, { namespace: ns }), kind, 'created');
    }
    return 0;
  }
  if (dryRun) {
    // A dry run of a name verb says what it would do and sends nothing: a dry delete must delete nothing.
    if (verb === 'get') throw new UsageError('get has no --dry-run');
    if (verb !== 'delete' && named !== 'CronWorkflow') throw new UsageError(`${verb} applies to cron workflows only`);
    for (const name of names(p, `${named} name`)) io.stdout(`${named} '${name}' ${PAST[verb]} (dry run)\n`);
    return 0;
  }
  const client = clientOf(p, io);
  for (const name of names(p, `${named} name`)) {
    if (verb === 'get') io.stdout(formatObject(await client.resource.get(named, name, ns), output === 'wide' ? 'yaml' : output));
    else if (verb === 'delete') {
      await client.resource.delete(named, name, ns);
      io.stdout(`${named} '${name}' deleted\n`);
    } else if (named === 'CronWorkflow') show(await client.cron(name, verb, ns), named, verb === 'suspend' ? 'suspended' : 'resumed');
    else throw new UsageError(`${verb} applies to cron workflows only`);
  }
  return 0;
};
