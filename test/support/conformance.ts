import { isDeepStrictEqual } from 'node:util';
import * as E from 'fp-ts/lib/Either.js';
import { decodeArgoDocument } from '../../src/argo-docs/import/decode-argo-document.js';
import { formatImportProblem, fromYaml } from '../../src/argo-docs/import/from-yaml.js';
import { formatModelProblem } from '../../src/argo-docs/import/model-problem.js';
import { toManifest, toYaml, type Workflow } from '../../src/index.js';
import { schemaErrors } from './argo-schema.js';

/**
 * Everything wrong with one workflow tiphys emits, as readable lines (empty when all is well): it builds
 * validator-clean (`toManifest` throws otherwise), decodes exactly with the generated model, comes back
 * from its YAML equal to its manifest, and is valid against Argo's schema in closed-world
 * mode.
 */
export const conformance = (wf: Workflow<unknown, unknown>): ReadonlyArray<string> => {
  const manifest = toManifest(wf);
  const decoded = decodeArgoDocument(manifest);
  const imported = fromYaml(toYaml(wf), 'emitted.yaml');
  const back = E.isRight(imported) ? imported.right.documents.map((d) => (d._tag === 'Argo' ? d.document : d.data)) : [];
  return [
    ...schemaErrors(manifest).map((e) => `schema: ${e}`),
    ...(E.isLeft(decoded) ? decoded.left.map((p) => `model: ${formatModelProblem(p)}`) : []),
    ...(E.isLeft(imported) ? imported.left.map((p) => `import: ${formatImportProblem(p)}`) : []),
    ...(E.isRight(imported) && !isDeepStrictEqual(back, [manifest])
      ? ['import: fromYaml(toYaml(wf)) differs from toManifest(wf)']
      : []),
  ];
};
