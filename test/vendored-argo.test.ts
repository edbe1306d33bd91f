// vendor/argo is the oracle of many tests: a lost or truncated file must fail here, by name, rather than
// quietly shrink what those tests check.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARGO_COMMIT } from '../scripts/argo-model/render-common.js';
import { DEFAULT_SCHEMA } from '../scripts/gen-argo-model.js';
import { ARGO_DIR, ARGO_E2E, ARGO_EXAMPLES, ARGO_SCHEMA, ARGO_SWAGGER } from './support/vendored-argo.js';

const filesUnder = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());

const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('vendored Argo data (vendor/argo)', () => {
  it('names the upstream repository and the commit the generated model was made from, with its licence', () => {
    const readme = readFileSync(join(ARGO_DIR, 'README.md'), 'utf8');
    expect(readme).toContain('https://github.com/argoproj/argo-workflows');
    expect(readme).toContain(ARGO_COMMIT);
    expect(readFileSync(join(ARGO_DIR, 'LICENSE'), 'utf8')).toContain('Apache License\n                           Version 2.0');
  });

  it('holds the whole schema, and npm run gen:model reads it', () => {
    const schema = json(ARGO_SCHEMA);
    const definitions = Object.keys(schema['definitions'] as object);
    expect(definitions.length).toBe(425);
    for (const kind of ['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow', 'WorkflowEventBinding'])
      expect(definitions).toContain(`io.argoproj.workflow.v1alpha1.${kind}`);
    expect(DEFAULT_SCHEMA).toBe(ARGO_SCHEMA);
  });

  it('holds the whole REST API spec: 73 operations', () => {
    const paths = json(ARGO_SWAGGER)['paths'] as Record<string, Record<string, { operationId: string }>>;
    const operations = Object.values(paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(operations.length).toBe(73);
    expect(operations).toContain('WorkflowService_CreateWorkflow');
  });

  it('holds the 172 upstream example files, subfolders included', () => {
    const files = filesUnder(ARGO_EXAMPLES);
    expect(files.length).toBe(172);
    expect(files.filter((f) => !f.endsWith('.yaml'))).toEqual([]);
    expect(files).toContain(join('workflow-template', 'templates.yaml'));
  });

  it('holds the end-to-end corpus: 258 files, the Go suites and the workflows they submit', () => {
    const files = filesUnder(ARGO_E2E);
    expect(files.length).toBe(258);
    for (const f of ['README.md', 'functional_test.go', 'examples_test.go'])
      expect(files).toContain(f);
    for (const dir of ['functional', 'testdata', 'expectedfailures'])
      expect(files.filter((f) => f.startsWith(`${dir}/`)).length, dir).toBeGreaterThan(0);
  });
});
