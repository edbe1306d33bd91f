// What a finished step or task exposes to the ones after it: `steps.X.*` / `tasks.X.*`, and for a loop
// the aggregated fan-in (`outputs.parameters.p` as a JSON list of every item's value).
import { fnv32a, type NodeOutputs } from './local-node.js';
import type { NodeRecord, RunState } from './run-state.js';
import { isoAt } from './run-state.js';
import type { ScopeLayer } from './run-scope.js';

/** A deterministic pod IP for `tasks.X.ip` (10.x.y.z from the node id). */
export const podIp = (id: string): string => {
  const h = fnv32a(id);
  return `10.${(h >>> 16) & 255}.${(h >>> 8) & 255}.${h & 255}`;
};

const exposeOutputs = (scope: ScopeLayer, prefix: string, outputs: NodeOutputs | undefined): void => {
  if (outputs === undefined) return;
  if (outputs.result !== undefined) scope.set(`${prefix}.outputs.result`, outputs.result);
  if (outputs.exitCode !== undefined) scope.set(`${prefix}.exitCode`, outputs.exitCode);
  for (const [name, value] of Object.entries(outputs.parameters)) scope.set(`${prefix}.outputs.parameters.${name}`, value);
  for (const [name, a] of Object.entries(outputs.artifacts)) scope.set(`${prefix}.outputs.artifacts.${name}`, a.path);
};

/** `prefix.id`, `.ip`, `.status`, `.startedAt`, `.finishedAt`, `.hostNodeName` and the outputs of `node`. */
export const exposeNode = (run: RunState, scope: ScopeLayer, prefix: string, node: NodeRecord): void => {
  scope.set(`${prefix}.id`, node.id);
  scope.set(`${prefix}.ip`, podIp(node.id));
  scope.set(`${prefix}.status`, node.phase);
  scope.set(`${prefix}.hostNodeName`, 'local');
  scope.set(`${prefix}.startedAt`, isoAt(run, node.startedAt));
  if (node.finishedAt !== undefined) scope.set(`${prefix}.finishedAt`, isoAt(run, node.finishedAt));
  exposeOutputs(scope, prefix, node.outputs);
};

/** A value as a JSON list member: JSON text stays structured, anything else is a string (Argo's rule). */
const jsonItem = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/** The fan-in of a loop's children: `prefix.outputs.parameters` (list of maps), `.parameters.p` (list of strings) and `.result` (list). */
export const exposeAggregate = (scope: ScopeLayer, prefix: string, children: ReadonlyArray<NodeRecord>): void => {
  const maps: Array<Readonly<Record<string, string>>> = [];
  const results: unknown[] = [];
  // Argo lists each parameter's values as strings; only results are read as JSON where they parse.
  const byName = new Map<string, string[]>();
  for (const child of children) {
    const out = child.outputs;
    if (out === undefined) continue;
    const params = Object.entries(out.parameters);
    if (params.length > 0) maps.push(out.parameters);
    for (const [name, value] of params) {
      const list = byName.get(name) ?? [];
      list.push(value);
      byName.set(name, list);
    }
    if (out.result !== undefined) results.push(jsonItem(out.result));
  }
  scope.set(`${prefix}.outputs.result`, JSON.stringify(results));
  scope.set(`${prefix}.outputs.parameters`, JSON.stringify(maps));
  for (const [name, list] of byName) scope.set(`${prefix}.outputs.parameters.${name}`, JSON.stringify(list));
};
