import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emitYamlDocuments } from '../src/index.js';
import { compileDocuments, loadDocumentModule, uniqueDocuments } from '../src/cli/load-module.js';
import { normalizeArgo } from './support/argo-compare.js';
import { ARGO_EXAMPLES } from './support/vendored-argo.js';

// Upstream examples of WorkflowTemplates, ClusterWorkflowTemplates, CronWorkflows, globals and
// workflow-level fields, ported to examples/upstream/<same path>.ts.
const PORTED = [
  'workflow-template/templates',
  'workflow-template/dag',
  'workflow-template/hello-world',
  'workflow-template/retry-with-steps',
  'workflow-template/workflow-archive-logs',
  'workflow-template/workflow-template-ref',
  'workflow-template/workflow-template-ref-with-entrypoint-arg-passing',
  'cluster-workflow-template/clustertemplates',
  'cluster-workflow-template/cluster-wftmpl-dag',
  'cluster-workflow-template/workflow-template-ref',
  'cluster-workflow-template/workflow-template-ref-with-entrypoint-arg-passing',
  'cron-workflow',
  'cron-workflow-multiple-schedules',
  'global-parameters',
  'global-parameters-from-configmap',
  'gc-ttl',
] as const;

const built = async (name: string): Promise<ReadonlyArray<unknown>> => {
  const file = join('examples/upstream', `${name}.ts`);
  const loaded = await loadDocumentModule(file);
  if (E.isLeft(loaded)) throw new Error(loaded.left.message);
  const compiled = await compileDocuments(file, uniqueDocuments(loaded.right));
  if (E.isLeft(compiled)) throw new Error(compiled.left.map((p) => p.message).join('\n'));
  // Through YAML, as `tiphys build` prints it.
  return parseAllDocuments(emitYamlDocuments(compiled.right.map((c) => c.manifest))).map((d) => d.toJS());
};

const upstream = (name: string): ReadonlyArray<unknown> =>
  parseAllDocuments(readFileSync(join(ARGO_EXAMPLES, `${name}.yaml`), 'utf8')).map((d) => d.toJS());

describe('upstream examples of every document kind', () => {
  it.each(PORTED)('%s builds equal to its upstream YAML, document by document', async (name) => {
    expect((await built(name)).map(normalizeArgo)).toEqual(upstream(name).map(normalizeArgo));
  }, 60_000);
});
