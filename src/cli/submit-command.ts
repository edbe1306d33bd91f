/**
 * `tiphys submit <file.ts>`: compiles the exported workflow, decodes `-p` values with its declared
 * parameter codecs (a bad value stops here, before any request), creates it without ever creating
 * it twice, and optionally follows it (`--watch`) or waits (`--wait`), exiting 1 when it fails.
 */
import * as E from 'fp-ts/lib/Either.js';
import { parseArgs } from 'node:util';
import { decodeParamStrings, type Codec } from '../interp/submit/typed-outputs.js';
import { formatSubmitError } from '../interp/submit/submit-error.js';
import type { Command } from './cli-io.js';
import { clientOptions, clientUsage, connect, parseDuration, report, reportProblems, UsageError } from './client-flags.js';
import { followWorkflow } from './follow-workflow.js';
import { loadSubmittables } from './load-submittables.js';
import { formatObject, parseOutput, renderWorkflow } from './render-workflow.js';

export const usage =
  'tiphys submit <file.ts|file.yaml> [--export name] [-p name=value ...] [--watch | --wait [--timeout 10m]]\n' +
  '       [--dry-run | --server-dry-run] [-o yaml|json|name] [-n ns]\n' +
  clientUsage;

export const run: Command = async (argv, io) => {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...clientOptions,
        export: { type: 'string' },
        parameter: { type: 'string', short: 'p', multiple: true },
        watch: { type: 'boolean', short: 'w' },
        wait: { type: 'boolean' },
        timeout: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'server-dry-run': { type: 'boolean' },
      },
    });
    if (values.help === true) {
      io.stdout(`usage: ${usage}\n`);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('submit takes one file');
    const output = parseOutput(values.output);
    if (output === undefined) throw new UsageError(`-o must be yaml, json, name or wide, not '${values.output}'`);
    if (values.watch === true && values.wait === true) throw new UsageError('--watch and --wait exclude each other');
    if (values['dry-run'] === true && values['server-dry-run'] === true) throw new UsageError('--dry-run and --server-dry-run exclude each other');
    const dry = values['dry-run'] === true || values['server-dry-run'] === true;
    const follow = !dry && (values.watch === true || values.wait === true);
    const timeoutMs = values.timeout === undefined ? undefined : parseDuration(values.timeout);
    if (values.timeout !== undefined && timeoutMs === undefined) throw new UsageError(`--timeout '${values.timeout}' is not a duration like 10m`);

    const loaded = await loadSubmittables(file, values.export);
    if (E.isLeft(loaded)) return reportProblems(io, file, loaded.left);
    if (follow && loaded.right.length > 1)
      throw new UsageError(`${file} exports ${loaded.right.length} workflows; pick one with --export to --watch or --wait`);
    // Every -p is decoded for every workflow before the first request goes out.
    const decoded = loaded.right.map(({ label, submittable }) => {
      const codecs = submittable.inputCodecs as Readonly<Record<string, Codec<unknown>>> | undefined;
      return { label, submittable, params: decodeParamStrings(values.parameter ?? [], codecs) };
    });
    for (const d of decoded)
      if (E.isLeft(d.params)) {
        io.stderr(`${d.label}: ${formatSubmitError(d.params.left)}\n`);
        return 1;
      }

    const client = connect(values, io);
    let exit = 0;
    for (const { submittable, params } of decoded) {
      const run = await client.submit(submittable, {
        params: E.isRight(params) ? params.right : {},
        dryRun: values['dry-run'],
        serverDryRun: values['server-dry-run'],
        namespace: values.namespace,
      });
      if (output === 'wide') io.stdout(renderWorkflow(run.created));
      else io.stdout(formatObject(run.created, output));
      if (!follow) continue;
      if (values.watch === true) await followWorkflow(client, run.name, run.namespace, io);
      const done = await run.wait({ throwOnFailure: false, timeoutMs });
      if (values.wait === true) io.stdout(`${run.name} ${done.phase}\n`);
      for (const [k, v] of Object.entries(done.outputs as Record<string, unknown>)) io.stdout(`output ${k} = ${JSON.stringify(v)}\n`);
      if (!done.succeeded) exit = 1;
    }
    return exit;
  } catch (e) {
    return report(io, e instanceof TypeError && 'code' in e ? new UsageError(e.message) : e, usage);
  }
};
