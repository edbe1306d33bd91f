import * as E from 'fp-ts/lib/Either.js';
import { emitYaml } from '../../argo-docs/yaml/emit-yaml.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import type { ManifestSource, ResourceNode } from '../../core/resource-node.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';
// A cycle on purpose: a resource's manifest may be a workflow, rendered by the workflow renderer.
import { renderWorkflowNode } from './manifest-interpreter.js';
import type { Template } from '../../argo-model/generated/argo-types.js';
import { frame } from './template-frame.js';

/** The manifest's YAML text; a nested workflow's problems are reported under this template. */
const manifestText = (t: ResourceNode, m: ManifestSource, problems: Problem[]): string => {
  switch (m.kind) {
    case 'text':
      return m.text;
    case 'object':
      return emitYaml(m.value);
    case 'workflow':
      return E.match(
        (nested: ReadonlyArray<Problem>) => {
          for (const p of nested) {
            problems.push({ template: t.name, path: 'resource.manifest', message: `in the workflow: ${formatProblem(p)}` });
          }
          return '';
        },
        (manifest: unknown) => emitYaml(manifest),
      )(renderWorkflowNode(m.workflow));
  }
};

export const renderResource = (t: ResourceNode, problems: Problem[]): Template => {
  const manifest = t.manifest === undefined ? undefined : manifestText(t, t.manifest, problems);
  const body = { ...t.resource, ...(manifest !== undefined && { manifest }) };
  // A nested workflow's own `{{inputs...}}` belong to it: only the other fields are scanned.
  const strings = t.manifest?.kind === 'workflow' ? stringsIn(t.resource) : stringsIn(body);
  return frame(t, 'resource', body, strings, problems);
};
