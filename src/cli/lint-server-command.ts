/**
 * `tiphys lint ... --server`: compiles every workflow the files hold and has the Argo Server run its
 * own validation on each. Without `--server`, main.ts runs the offline linter (lint-command.ts).
 */
import * as E from 'fp-ts/lib/Either.js';
import { SubmitFailure } from '../interp/submit/submit-error.js';
import { reportProblems } from './client-flags.js';
import { buildAll, loadSubmittables } from './load-submittables.js';
import { clientOf, names, serverCommand, str } from './server-command.js';

export const run = serverCommand(
  'tiphys lint <file.ts|file.yaml> --server [--export name]',
  { server: { type: 'boolean' }, export: { type: 'string' } },
  async (p, io) => {
    let exit = 0;
    for (const file of names(p, 'file')) {
      const loaded = await loadSubmittables(file, str(p, 'export'));
      // Argo's rules are the server's job here; only rendering problems stop before the request.
      const built = E.isLeft(loaded) ? loaded : await buildAll(loaded.right, () => ({}), false);
      if (E.isLeft(built)) {
        exit = reportProblems(io, file, built.left);
        continue;
      }
      const client = clientOf(p, io);
      for (const { label, submittable } of built.right) {
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

