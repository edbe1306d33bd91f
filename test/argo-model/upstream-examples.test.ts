// Every upstream Argo example: decodes into the model, round-trips through YAML emission, and passes
// Argo's schema in closed-world mode (so the examples use only fields the schema knows).
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../src/argo-docs/import/from-yaml.js';
import { formatImportProblem, fromYaml } from '../../src/argo-docs/import/from-yaml.js';
import { emitYaml } from '../../src/argo-docs/yaml/emit-yaml.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';
import { formatYamlProblem } from '../../src/argo-docs/yaml/yaml-problem.js';
import { schemaErrors } from '../support/argo-schema.js';
import { exampleFiles } from '../support/argo-examples.js';

/** The one place that chooses the emitter, so swapping it is a one-line change. */
const emit = (value: unknown): string => emitYaml(value);

const ARGO_KINDS = new Set(['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow', 'WorkflowEventBinding']);

const dataOf = (d: ImportedDocument): unknown => (d._tag === 'Argo' ? d.document : d.data);

const kindOf = (data: unknown): unknown => (typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['kind'] : undefined);

const parsedData = (text: string, label: string): ReadonlyArray<unknown> => {
  const r = parseYaml(text);
  if (E.isLeft(r)) throw new Error(r.left.map((p) => formatYamlProblem(p, label)).join('\n'));
  return r.right.documents.map((d) => d.data);
};

describe('upstream Argo examples', () => {
  const files = exampleFiles();
  const imports = files.map((f) => ({ ...f, result: fromYaml(f.text, f.name) }));

  it('finds the examples, including those in subfolders', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.some((f) => f.name.includes('/'))).toBe(true);
  });

  it('decodes every document of every file', () => {
    const failures = imports.flatMap((i) => (E.isLeft(i.result) ? i.result.left.map(formatImportProblem) : []));
    expect(failures).toEqual([]);
    const documents = imports.flatMap((i) => (E.isRight(i.result) ? i.result.right.documents : []));
    const raw = files.flatMap((f) => parsedData(f.text, f.name));
    const workflowKinds = raw.filter((d) => ARGO_KINDS.has(String(kindOf(d))) && kindOf(d) !== 'WorkflowEventBinding');
    expect(documents.filter((d) => d._tag === 'Argo')).toHaveLength(workflowKinds.length);
    expect(documents).toHaveLength(raw.length);
    console.info(`decoded ${workflowKinds.length} workflow-kind documents of ${raw.length} in ${files.length} files`);
  });

  it('warns, naming the line, on exactly the files with known YAML quirks', () => {
    const warned = imports.filter((i) => E.isRight(i.result) && i.result.right.warnings.length > 0).map((i) => i.name);
    expect(warned).toEqual(
      ['ci-output-artifact.yaml', 'ci.yaml', 'influxdb-ci.yaml', 'k8s-patch-json-workflow.yaml', 'nested-workflow.yaml', 'secrets.yaml', 'sidecar.yaml'],
    );
  });

  it('round-trips every document: fromYaml, emit, parse gives equal data', () => {
    let count = 0;
    for (const i of imports) {
      if (E.isLeft(i.result)) continue;
      const before = i.result.right.documents.map(dataOf);
      const after = parsedData(before.map(emit).join('---\n'), `${i.name} (re-emitted)`);
      expect(after, i.name).toStrictEqual(before);
      expect(after, `${i.name} against its own parse`).toStrictEqual(parsedData(i.text, i.name));
      count += before.length;
    }
    expect(count).toBeGreaterThan(150);
    console.info(`round-tripped ${count} documents`);
  });

  it('passes Argo\'s schema in closed-world mode for every Argo document', () => {
    let count = 0;
    for (const i of imports) {
      if (E.isLeft(i.result)) continue;
      for (const d of i.result.right.documents) {
        const data = dataOf(d);
        if (!ARGO_KINDS.has(String(kindOf(data)))) continue;
        expect(schemaErrors(data), `${i.name} document ${d.index + 1}`).toEqual([]);
        count++;
      }
    }
    expect(count).toBeGreaterThan(150);
    console.info(`${count} Argo documents are schema-valid (closed world)`);
  });
});
