/**
 * `tiphys lint <file.ts> [--server]`: compiles every exported workflow and lists all problems; with
 * `--server`, also has the Argo Server run its own validation on each.
 */
import * as E from 'fp-ts/lib/Either.js';
import { SubmitFailure } from '../interp/submit/submit-error.js';
import { reportProblems } from './client-flags.js';
import { loadSubmittables } from './load-submittables.js';
import { clientOf, flag, names, serverCommand, str } from './server-command.js';

export const run = serverCommand(
  'tiphys lint <file.ts|file.yaml> [--export name] [--server]',
  { server: { type: 'boolean' }, export: { type: 'string' } },
  async (p, io) => {
    let exit = 0;
    for (const file of names(p, 'file')) {
      const loaded = await loadSubmittables(file, str(p, 'export'));
      if (E.isLeft(loaded)) {
        exit = reportProblems(io, file, loaded.left);
        continue;
      }
      const client = flag(p, 'server') === true ? clientOf(p, io) : undefined;
      for (const { label, submittable } of loaded.right) {
        if (client === undefined) {
          io.stdout(`${label}: no problems\n`);
          continue;
        }
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
