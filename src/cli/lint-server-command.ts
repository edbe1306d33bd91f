/**
 * `tiphys lint ... --server`: compiles every workflow the files hold and has the Argo Server run its
 * own validation on each. Without `--server`, `tiphys lint` is the offline linter (lint-command.ts).
 */
import * as E from 'fp-ts/lib/Either.js';
import { SubmitFailure } from '../interp/submit/submit-error.js';
import type { CliIo } from './cli-io.js';
import { reportProblems } from './client-flags.js';
import { run as offlineLint } from './lint-command.js';
import { loadSubmittables } from './load-submittables.js';
import { clientOf, names, serverCommand, str } from './server-command.js';

const serverLint = serverCommand(
  'tiphys lint <file.ts|file.yaml> --server [--export name]',
  { server: { type: 'boolean' }, export: { type: 'string' } },
  async (p, io) => {
    let exit = 0;
    for (const file of names(p, 'file')) {
      const loaded = await loadSubmittables(file, str(p, 'export'));
      if (E.isLeft(loaded)) {
        exit = reportProblems(io, file, loaded.left);
        continue;
      }
      const client = clientOf(p, io);
      for (const { label, submittable } of loaded.right) {
        try {
          await client.lint(submittable.manifest, str(p, 'namespace'));
          io.stdout(`${label}: no problems (checked by the Argo Server)\n`);
        } catch (e) {
          if (!(e instanceof SubmitFailure)) throw e;
          io.stderr(`${label}: ${e.message}\n`);
          exit = 1;
        }
      }
    }
    return exit;
  },
);

/** `tiphys lint`: offline, or by the Argo Server with `--server`. */
export const run = (argv: ReadonlyArray<string>, io: CliIo): Promise<number> =>
  argv.includes('--server') ? serverLint(argv, io) : offlineLint(argv, io);
