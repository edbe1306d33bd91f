// A template's declared outputs, once its body has run: a leaf's reported values (or `valueFrom.default`),
// a steps/dag template's `valueFrom.parameter` / `expression` / artifact `from`, a suspend's `supplied` values.
import type { Template } from '../../argo-model/generated/index.js';
import type { LeafOutputs, LocalArtifact } from './leaf-runner.js';
import type { NodeOutputs } from './local-node.js';
import { evaluateExpression, trySubstitute } from './run-expressions.js';
import type { RunState } from './run-state.js';
import type { Scope } from './run-scope.js';

const TAG_ONLY = /^\{\{\s*([^{}]+?)\s*\}\}$/;

const asText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The outputs `template` declares, from what its body reported (`raw`) and the scope it ran in. */
export const resolveOutputs = (
  template: Template,
  scope: Scope,
  raw: LeafOutputs | undefined,
  supplied: Readonly<Record<string, string>> | undefined,
): NodeOutputs | string => {
  const parameters: Record<string, string> = {};
  for (const p of template.outputs?.parameters ?? []) {
    const from = p.valueFrom;
    const value =
      raw?.parameters[p.name] ??
      supplied?.[p.name] ??
      (from?.parameter !== undefined ? trySubstitute(from.parameter, scope) : undefined) ??
      (from?.expression !== undefined ? asText(evaluateExpression(from.expression, scope)) : undefined) ??
      (p.value !== undefined ? trySubstitute(p.value, scope) : undefined) ??
      from?.default;
    if (value === undefined) return `output parameter '${p.name}' of template '${template.name ?? ''}' has no value and no valueFrom.default`;
    parameters[p.name] = value;
  }
  const artifacts: Record<string, LocalArtifact> = {};
  for (const a of template.outputs?.artifacts ?? []) {
    const reported = raw?.artifacts[a.name];
    const key = a.from === undefined ? undefined : TAG_ONLY.exec(a.from)?.[1];
    const path = reported?.path ?? (key === undefined ? undefined : scope.get(key));
    if (path !== undefined) artifacts[a.name] = { path };
    else if (a.optional !== true) return `output artifact '${a.name}' of template '${template.name ?? ''}' was not produced`;
  }
  return {
    parameters,
    artifacts,
    ...(raw?.result !== undefined && { result: raw.result }),
    ...(raw?.exitCode !== undefined && { exitCode: raw.exitCode }),
  };
};

/** Outputs with a `globalName` become `workflow.outputs.parameters.<name>` / `.artifacts.<name>`. */
export const exportGlobals = (run: RunState, template: Template, outputs: NodeOutputs): void => {
  for (const p of template.outputs?.parameters ?? []) {
    const value = outputs.parameters[p.name];
    if (p.globalName !== undefined && value !== undefined) run.globals.set(`workflow.outputs.parameters.${p.globalName}`, value);
  }
  for (const a of template.outputs?.artifacts ?? []) {
    const value = outputs.artifacts[a.name];
    if (a.globalName === undefined || value === undefined) continue;
    run.globals.set(`workflow.outputs.artifacts.${a.globalName}`, value.path);
    run.globalArtifacts.set(a.globalName, value);
  }
};
