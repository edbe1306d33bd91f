// tiphys convert writes a plain Kubernetes object of a file as kubernetesObject({...}), which builds back to
// the same document; a WorkflowEventBinding is reported as not converted.
import * as E from 'fp-ts/lib/Either.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/argo-docs/convert/convert.js';
import { compileDocuments, loadDocumentModule, uniqueDocuments } from '../src/cli/load-module.js';
import { emitYamlDocuments } from '../src/index.js';
import { normalizeArgo } from './support/argo-compare.js';
import { readArgoYaml } from './support/example-ports.js';
import { ARGO_EXAMPLES } from './support/vendored-argo.js';

const INDEX = pathToFileURL(join(process.cwd(), 'src/index.ts')).href;

/** Converts `text`, loads the module it writes (importing this checkout's source) and builds it again. */
const roundTrip = async (text: string): Promise<ReadonlyArray<unknown>> => {
  const { code } = await convert(text);
  const file = join(mkdtempSync(join(tmpdir(), 'tiphys-convert-')), 'module.ts');
  writeFileSync(file, code.replace("from 'tiphys'", `from '${INDEX}'`));
  const loaded = await loadDocumentModule(file);
  if (E.isLeft(loaded)) throw new Error(loaded.left.message);
  const built = await compileDocuments(file, uniqueDocuments(loaded.right));
  if (E.isLeft(built)) throw new Error(built.left.map((p) => p.message).join('\n'));
  return readArgoYaml(emitYamlDocuments(built.right.map((c) => c.manifest)), file);
};

describe('tiphys convert of plain Kubernetes objects', () => {
  it.each(['testvolume.yaml', 'workflow-count-resourcequota.yaml'])('%s converts to kubernetesObject() and builds back to itself', async (f) => {
    const text = readFileSync(join(ARGO_EXAMPLES, f), 'utf8');
    expect((await convert(text)).code).toContain('export default kubernetesObject({');
    expect((await roundTrip(text)).map(normalizeArgo)).toEqual(readArgoYaml(text, f).map(normalizeArgo));
  }, 60_000);

  it('converts an object beside a workflow, each under its name', async () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: my-config}\ndata: {msg: hi}\n---\n${readFileSync(join(ARGO_EXAMPLES, 'hello-world.yaml'), 'utf8')}`;
    const r = await convert(text);
    expect(r.documents.map((d) => d.exportName)).toEqual(['myConfig', 'helloWorld']);
    expect((await roundTrip(text)).map((d) => (d as { kind: string }).kind)).toEqual(['ConfigMap', 'Workflow']);
  }, 60_000);

  it('reports metadata it cannot type, and a WorkflowEventBinding, as not converted', async () => {
    const r = await convert('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, uid: x}\n', { source: 'c.yaml' });
    expect(r.documents.map((d) => d.error)).toEqual(['c.yaml:1: ConfigMap/c: metadata.uid has no kubernetesObject() form (it takes name, generateName, namespace, labels, annotations)']);
    const binding = await convert(readFileSync(join(ARGO_EXAMPLES, 'workflow-event-binding/event-consumer-workfloweventbinding.yaml'), 'utf8'));
    expect(binding.documents[0]?.error).toContain('WorkflowEventBinding is not a workflow');
  });
});
