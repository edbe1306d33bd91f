/**
 * `tiphys submit <file.ts>`: compiles the exported workflow, decodes `-p` values with its declared
 * parameter codecs (a bad value stops here, before any request), creates it without ever creating
 * it twice, and optionally follows it (`--watch`) or waits (`--wait`), exiting 1 when it fails.
 */
import * as E from 'fp-ts/lib/Either.js';
import { decodeParamStrings } from '../interp/typed-io/typed-params.js';
import { formatSubmitError } from '../interp/submit/submit-error.js';
import { parseDuration, reportProblems, UsageError } from './client-flags.js';
import { followWorkflow } from './follow-workflow.js';
import { buildAll, loadSubmittables, type Loaded } from './load-submittables.js';
import { formatObject, parseOutput, renderRunSummary } from './run-summary.js';
import { clientOf, flag, serverCommand, str, strs } from './server-command.js';

export const usage =
  'tiphys submit <file.ts|file.yaml> [--export name] [-p name=value ...] [--watch | --wait [--timeout 10m]]\n' +
  '       [--dry-run | --server-dry-run] [--submission-id ID] [-o yaml|json|name] [-n ns]\n' +
  '       --dry-run prints what would be sent and contacts no server; --server-dry-run has the server check it.\n' +
  '  --submission-id ID: run again with the same ID (e.g. a CI run id), the workflow the first run created is\n' +
  '                      reused instead of creating a second one';

/** One id per workflow of the file: the given one, suffixed by the export when the file has several. */
const submissionIdFor = (id: string | undefined, label: string, count: number): string | undefined => {
  if (id === undefined) return undefined;
  if (!/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,40}[A-Za-z0-9])?$/.test(id))
    throw new UsageError(`--submission-id '${id.slice(0, 60)}' must be a Kubernetes label value: letters, digits, '-', '_', '.', at most 42 characters`);
  return count === 1 ? id : `${id}.${label.replace(/^.*[#[]/, '').replace(/[^A-Za-z0-9]+/g, '')}`.slice(0, 63);
};

export const run = serverCommand(
  usage,
  {
    export: { type: 'string' },
    parameter: { type: 'string', short: 'p', multiple: true },
    watch: { type: 'boolean', short: 'w' },
    wait: { type: 'boolean' },
    timeout: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'server-dry-run': { type: 'boolean' },
    'submission-id': { type: 'string' },
  },
  async (p, io) => {
    const [file, ...extra] = p.positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('submit takes one file');
    const output = parseOutput(str(p, 'output'));
    if (output === undefined) throw new UsageError(`-o must be yaml, json, name or wide, not '${str(p, 'output')}'`);
    const watch = flag(p, 'watch') === true;
    const wait = flag(p, 'wait') === true;
    const dryRun = flag(p, 'dry-run');
    const serverDryRun = flag(p, 'server-dry-run');
    if (watch && wait) throw new UsageError('--watch and --wait exclude each other');
    if (dryRun === true && serverDryRun === true) throw new UsageError('--dry-run and --server-dry-run exclude each other');
    const follow = dryRun !== true && serverDryRun !== true && (watch || wait);
    const timeout = str(p, 'timeout');
    const timeoutMs = timeout === undefined ? undefined : parseDuration(timeout);
    if (timeout !== undefined && timeoutMs === undefined) throw new UsageError(`--timeout '${timeout}' is not a duration like 10m`);

    const loaded = await loadSubmittables(file, str(p, 'export'));
    if (E.isLeft(loaded)) return reportProblems(io, file, loaded.left);
    if (follow && loaded.right.length > 1)
      throw new UsageError(`${file} exports ${loaded.right.length} workflows; pick one with --export to --watch or --wait`);
    // Every -p is decoded, and every workflow built and validated, before the first request goes out.
    const decoded = new Map<Loaded, Record<string, unknown>>();
    for (const l of loaded.right) {
      const params = decodeParamStrings(strs(p, 'parameter'), l.inputCodecs);
      if (E.isLeft(params)) {
        io.stderr(`${l.label}: ${formatSubmitError(params.left)}\n`);
        return 1;
      }
      decoded.set(l, params.right);
    }
    const built = await buildAll(loaded.right, (l) => decoded.get(l) ?? {}, true);
    if (E.isLeft(built)) return reportProblems(io, file, built.left);

    // Checked before a dry run too, so a bad --submission-id fails the same way with or without one.
    const submissionIds = built.right.map(({ label }) => submissionIdFor(str(p, 'submission-id'), label, built.right.length));
    // Building the client reads settings and files only; no request goes out before `submit`.
    const client = clientOf(p, io);
    if (dryRun === true) {
      // Shown as it would be sent, without asking any server: a dry run works with none configured.
      const namespace = str(p, 'namespace') ?? client.api.namespace;
      for (const { submittable: { manifest } } of built.right)
        io.stdout(formatObject({ ...manifest, metadata: { ...manifest.metadata, namespace } }, output === 'wide' ? 'yaml' : output));
      return 0;
    }
    let exit = 0;
    for (const [i, { submittable }] of built.right.entries()) {
      const run = await client.submit(submittable, { serverDryRun, namespace: str(p, 'namespace'), submissionId: submissionIds[i] });
      io.stdout(output === 'wide' ? renderRunSummary(run.created) : formatObject(run.created, output));
      if (!follow) continue;
      if (watch) await followWorkflow(client, run.name, run.namespace, io);
      const done = await run.wait({ throwOnFailure: false, timeoutMs });
      if (wait) io.stdout(`${run.name} ${done.phase}\n`);
      for (const [k, v] of Object.entries(done.outputs as Record<string, unknown>)) io.stdout(`output ${k} = ${JSON.stringify(v)}\n`);
      if (!done.succeeded) exit = 1;
    }
    return exit;
  },
);
