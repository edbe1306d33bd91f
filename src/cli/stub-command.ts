/**
 * `tiphys stub`: writes a TypeScript module of typed references to WorkflowTemplates that live only in
 * YAML or on a cluster, so `templateRef` calls to them are checked by `tsc` (stub-module.ts).
 */
import * as E from 'fp-ts/lib/Either.js';
import { documentSignature, type LibrarySignature } from '../argo-docs/stub/template-signature.js';
import { stubModule } from '../argo-docs/stub/stub-module.js';
import type { ResourceKind } from '../interp/submit/argo-api.js';
import { reportProblems, UsageError } from './client-flags.js';
import { readManifests } from './load-submittables.js';
import { clientOf, serverCommand, str, strs } from './server-command.js';
import { writeOutput } from './write-output.js';

const KINDS: Readonly<Record<string, ResourceKind>> = {
  workflowtemplate: 'WorkflowTemplate',
  wftmpl: 'WorkflowTemplate',
  clusterworkflowtemplate: 'ClusterWorkflowTemplate',
  cwftmpl: 'ClusterWorkflowTemplate',
};

/** `workflowtemplate/NAME` or `clusterworkflowtemplate/NAME`, as `argo submit --from` names them. */
const parseRef = (ref: string): { readonly kind: ResourceKind; readonly name: string } => {
  const [kind = '', name = '', ...rest] = ref.split('/');
  const k = Object.hasOwn(KINDS, kind.toLowerCase()) ? KINDS[kind.toLowerCase()] : undefined;
  if (k === undefined || name === '' || rest.length > 0) throw new UsageError(`--server takes workflowtemplate/NAME or clusterworkflowtemplate/NAME, not '${ref}'`);
  return { kind: k, name };
};

export const run = serverCommand(
  'tiphys stub <file.yaml> [-o lib.ts]\n' +
    '       tiphys stub --server workflowtemplate/NAME [--server clusterworkflowtemplate/NAME ...] [-o lib.ts] [-n ns]\n' +
    '       Writes typed templateStub()s of the WorkflowTemplates and ClusterWorkflowTemplates found (stdout without -o).',
  { server: { type: 'string', multiple: true } },
  async (p, io) => {
    const refs = strs(p, 'server').map(parseRef);
    const files = p.positionals;
    if ((refs.length === 0) === (files.length === 0)) throw new UsageError('stub takes YAML files or --server references, one of the two');
    const docs: Array<unknown> = [];
    for (const file of files) {
      const read = await readManifests(file);
      if (E.isLeft(read)) return reportProblems(io, file, read.left);
      docs.push(...read.right);
    }
    if (refs.length > 0) {
      const client = clientOf(p, io);
      for (const { kind, name } of refs) docs.push(await client.resource.get(kind, name, str(p, 'namespace')));
    }
    const libraries: ReadonlyArray<LibrarySignature> = docs.flatMap((d) => documentSignature(d) ?? []);
    const source = files.length > 0 ? files.join(' ') : refs.map((r) => `--server ${r.kind.toLowerCase()}/${r.name}`).join(' ');
    if (libraries.length === 0) {
      io.stderr(`${source}: holds no WorkflowTemplate or ClusterWorkflowTemplate\n`);
      return 1;
    }
    const text = stubModule(libraries, source);
    const out = str(p, 'output');
    if (out === undefined) {
      io.stdout(text);
      return 0;
    }
    return writeOutput(io, out, text);
  },
);
