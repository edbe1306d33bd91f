// The project's own output against Argo's schema (closed world) and the generated model: every
// example under examples/ and random DSL workflows must be schema-valid, decode exactly, and come
// back from YAML equal to their manifest.
import { readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatImportProblem, fromYaml } from '../../src/interp/argo/from-yaml.js';
import { decodeArgoDocument } from '../../src/interp/argo/decode-argo-document.js';
import { formatModelProblem } from '../../src/interp/argo/model-problem.js';
import { toManifest, toYaml, type Workflow } from '../../src/index.js';
import { schemaErrors } from '../support/argo-schema.js';
import { buildWorkflow, workflowPlanArb } from '../support/arbitrary-workflow.js';
import { hasShared, warnIfNoShared } from '../support/shared.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const exampleNames = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));

const load = async (name: string): Promise<Workflow<unknown, unknown>> =>
  ((await import(new URL(`${name}.ts`, EXAMPLES).href)) as { default: Workflow<unknown, unknown> }).default;

/** Everything wrong with one emitted workflow, as readable lines (empty when all is well). */
const conformance = (wf: Workflow<unknown, unknown>): ReadonlyArray<string> => {
  const manifest = toManifest(wf);
  const decoded = decodeArgoDocument(manifest);
  const imported = fromYaml(toYaml(wf), 'emitted.yaml');
  return [
    ...schemaErrors(manifest).map((e) => `schema: ${e}`),
    ...(E.isLeft(decoded) ? decoded.left.map((p) => `model: ${formatModelProblem(p)}`) : []),
    ...(E.isLeft(imported) ? imported.left.map((p) => `import: ${formatImportProblem(p)}`) : []),
    ...(E.isRight(imported) && !isDeepStrictEqual(imported.right.documents.map((d) => (d._tag === 'Argo' ? d.document : d.data)), [manifest])
      ? ['import: fromYaml(toYaml(wf)) differs from toManifest(wf)']
      : []),
  ];
};

warnIfNoShared('schema conformance of the project\'s own manifests');

describe.skipIf(!hasShared)('manifests tiphys emits', () => {
  it('finds the examples', () => {
    expect(exampleNames.length).toBeGreaterThan(5);
  });

  it.each(exampleNames)('examples/%s.ts conforms to the schema and the model', async (name) => {
    expect(conformance(await load(name))).toEqual([]);
  });

  it('random DSL workflows conform (300 cases)', () => {
    fc.assert(
      fc.property(workflowPlanArb, (plan) => {
        expect(conformance(buildWorkflow(plan))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
