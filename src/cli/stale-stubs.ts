/**
 * The stale-stub report of `tiphys lint <stubs.ts> --against <lib.yaml>` and `tiphys lint --server`:
 * each `workflowTemplateStub` a module exports is compared with the template it names, as found in a
 * YAML file or on the cluster, and every difference is one line naming the export and the field.
 */
import * as E from 'fp-ts/lib/Either.js';
import { stubDrift } from '../argo-docs/stub/stale-stub.js';
import { nodeSignature, type LibrarySignature } from '../argo-docs/stub/template-signature.js';
import { isWorkflowTemplate, type WorkflowTemplate } from '../core/workflow-template.js';
import type { CliIo } from './cli-io.js';
import { describeEscape, guardExit } from './exit-guard.js';
import { loadModule, type LoadProblem } from './load-module.js';

export interface ExportedStub {
  readonly exportName: string;
  readonly stub: WorkflowTemplate<unknown, unknown>;
}

/** The stubs a module exports (none for a module without any). */
export const stubsOf = async (file: string): Promise<E.Either<LoadProblem, ReadonlyArray<ExportedStub>>> =>
  E.map((mod: Readonly<Record<string, unknown>>) =>
    Object.entries(mod).flatMap(([exportName, v]) => (isWorkflowTemplate(v) && v.stub === true ? [{ exportName, stub: v }] : [])),
  )(await loadModule(file));

/**
 * Prints one line per difference between each stub and the template `find` returns for it (undefined:
 * not found in `found`, e.g. `lib.yaml` or `the cluster`); the number of lines printed.
 */
export const reportStaleStubs = async (
  io: CliIo,
  file: string,
  stubs: ReadonlyArray<ExportedStub>,
  find: (s: LibrarySignature) => Promise<LibrarySignature | undefined>,
  found: string,
): Promise<number> => {
  let lines = 0;
  for (const { exportName, stub } of stubs) {
    // Reading the stub runs the module's code: a throw there is reported as its problem.
    const signature = await guardExit(() => nodeSignature(stub.node));
    if (E.isLeft(signature)) {
      io.stdout(`${file}#${exportName}: ${describeEscape(signature.left, 'reading the stub')}\n`);
      lines++;
      continue;
    }
    const drift = stubDrift(signature.right, await find(signature.right), found);
    for (const d of drift) io.stdout(`${file}#${exportName}: ${d.where}: ${d.message}\n`);
    if (drift.length > 0) io.stdout(`${file}#${exportName}: stale stub of ${signature.right.kind} '${signature.right.name}'; regenerate it with \`tiphys stub\`\n`);
    else io.stdout(`${file}#${exportName}: matches ${signature.right.kind} '${signature.right.name}' in ${found}\n`);
    lines += drift.length;
  }
  return lines;
};
