/**
 * `tiphys lint ... --server`: compiles every workflow the files hold and has the Argo Server run its
 * own validation on each; each `workflowTemplateStub` a module exports is compared with the template
 * on the cluster (stale-stubs.ts). Without `--server`, main.ts runs the offline linter (lint-command.ts).
 */
import * as E from 'fp-ts/lib/Either.js';
import { documentSignature, type LibrarySignature } from '../argo-docs/stub/template-signature.js';
import { SubmitFailure } from '../interp/submit/submit-error.js';
import type { ArgoClient } from '../interp/submit/argo-client.js';
import { reportProblems } from './client-flags.js';
import { buildAll, isManifestFile, loadSubmittables } from './load-submittables.js';
import { loadDocumentModule } from './load-module.js';
import { clientOf, names, serverCommand, str } from './server-command.js';
import { reportStaleStubs, stubsOf } from './stale-stubs.js';

/** The live template a stub names; undefined when the cluster has none of that kind and name. */
const liveTemplate =
  (client: ArgoClient, namespace: string | undefined) =>
  async (s: LibrarySignature): Promise<LibrarySignature | undefined> => {
    try {
      return documentSignature(await client.resource.get(s.kind, s.name, namespace));
    } catch (e) {
      if (e instanceof SubmitFailure && e.error._tag === 'HttpFailure' && e.error.status === 404) return undefined;
      throw e;
    }
  };

export const run = serverCommand(
  'tiphys lint <file.ts|file.yaml> --server [--export name]',
  { server: { type: 'boolean' }, export: { type: 'string' } },
  async (p, io) => {
    let exit = 0;
    for (const file of names(p, 'file')) {
      const stubs = isManifestFile(file) ? E.right([]) : await stubsOf(file);
      if (E.isRight(stubs) && stubs.right.length > 0) {
        const stale = await reportStaleStubs(io, file, stubs.right, liveTemplate(clientOf(p, io), str(p, 'namespace')), 'the cluster');
        if (stale > 0) exit = 1;
      }
      // A module of stubs alone has no document to send.
      if (E.isRight(stubs) && stubs.right.length > 0 && E.isLeft(await loadDocumentModule(file))) continue;
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
