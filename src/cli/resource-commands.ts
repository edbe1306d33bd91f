/**
 * The verbs shared by `tiphys template` and `tiphys cron`: create and lint take a file (.ts module
 * or manifest), get, delete, suspend and resume take names.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { ResourceKind } from '../interp/submit/argo-api.js';
import type { ArgoManifest } from '../interp/submit/argo-manifest.js';
import { formatSubmitError, SubmitFailure, type SubmitError } from '../interp/submit/submit-error.js';
import type { CliIo } from './cli-io.js';
import { reportProblems, UsageError } from './client-flags.js';
import { buildAll, loadSubmittables } from './load-submittables.js';
import { formatObject, parseOutput } from './run-summary.js';
import { clientOf, flag, names, str, type Parsed } from './server-command.js';

export type Verb = 'create' | 'lint' | 'get' | 'delete' | 'suspend' | 'resume' | 'update';

/** Loads the file and converts each workflow; the exit code when that fails. */
const objectsOf = async (
  p: Parsed,
  io: CliIo,
  convert: (m: ArgoManifest) => E.Either<SubmitError, ArgoManifest>,
): Promise<ReadonlyArray<ArgoManifest> | number> => {
  const [file] = names(p, 'file');
  const loaded = await loadSubmittables(file ?? '', str(p, 'export'));
  // A template's arguments come when it is submitted, so it is rendered without the Workflow rules.
  const built = E.isLeft(loaded) ? loaded : await buildAll(loaded.right, () => ({}), false);
  if (E.isLeft(built)) return reportProblems(io, file ?? '', built.left);
  const out: Array<ArgoManifest> = [];
  for (const l of built.right) {
    const r = convert(l.submittable.manifest);
    if (E.isLeft(r)) throw new SubmitFailure({ _tag: 'UsageFailure', message: `${l.label}: ${formatSubmitError(r.left)}` });
    out.push(r.right);
  }
  return out;
};

export const runResourceVerb = async (
  kind: ResourceKind,
  verb: Verb,
  p: Parsed,
  io: CliIo,
  convert: (m: ArgoManifest) => E.Either<SubmitError, ArgoManifest>,
): Promise<number> => {
  const output = parseOutput(str(p, 'output'));
  if (output === undefined) throw new UsageError(`-o must be yaml, json, name or wide, not '${str(p, 'output')}'`);
  const ns = str(p, 'namespace');
  const client = clientOf(p, io);
  const show = (obj: ArgoManifest, what: string): void =>
    io.stdout(output === 'wide' ? `${kind} '${obj.metadata.name ?? ''}' ${what}\n` : formatObject(obj, output));
  if (verb === 'create' || verb === 'lint' || verb === 'update') {
    const objs = await objectsOf(p, io, convert);
    if (typeof objs === 'number') return objs;
    for (const obj of objs) {
      if (verb === 'lint') show(await client.resource.lint(kind, obj, ns), 'is valid');
      else if (verb === 'update') show(await client.resource.update(kind, obj, ns), 'updated');
      else show(await client.resource.create(kind, obj, { namespace: ns, dryRun: flag(p, 'dry-run') }), 'created');
    }
    return 0;
  }
  for (const name of names(p, `${kind} name`)) {
    if (verb === 'get') io.stdout(formatObject(await client.resource.get(kind, name, ns), output === 'wide' ? 'yaml' : output));
    else if (verb === 'delete') {
      await client.resource.delete(kind, name, ns);
      io.stdout(`${kind} '${name}' deleted\n`);
    } else if (kind === 'CronWorkflow') show(await client.cron(name, verb, ns), verb === 'suspend' ? 'suspended' : 'resumed');
    else throw new UsageError(`${verb} applies to cron workflows only`);
  }
  return 0;
};
