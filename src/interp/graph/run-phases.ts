// A run's phases by node path, read from what Argo reports: `status.nodes`, named as Argo names nodes.
import type { NodeStatus, Workflow as ArgoWorkflow } from '../../argo-model/generated/argo-types.js';
import { NODE_PHASES } from '../../core/phase.js';
import type { NodePhase, RunPhases } from './flow-graph.js';

const PHASES: ReadonlySet<string> = new Set(NODE_PHASES);

const isPhase = (p: string | undefined): p is NodePhase => p !== undefined && PHASES.has(p);

/** Which phase speaks for several runs of one path (loop items, retried attempts with no node of their own). */
const SEVERITY: ReadonlyArray<NodePhase> = ['Error', 'Failed', 'Running', 'Pending', 'Succeeded', 'Omitted', 'Skipped'];

/** The index after the `)` closing the `(` at `i`, nested parentheses counted. */
const closing = (s: string, i: number): number => {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === '(') depth++;
    else if (s[j] === ')' && --depth === 0) return j + 1;
  }
  return s.length;
};

/**
 * A node's path from its name after the workflow's: `.A` is a call, `[0]` a step group (dropped), `(0:foo)`
 * a loop item or `(1)` a retry attempt (dropped, and the node is one run of its path among several).
 */
export const nodePath = (suffix: string): { readonly path: string; readonly instance: boolean } => {
  const names: string[] = [];
  let instance = false;
  let i = 0;
  while (i < suffix.length) {
    const c = suffix[i];
    if (c === '[') i = suffix.indexOf(']', i) < 0 ? suffix.length : suffix.indexOf(']', i) + 1;
    else if (c === '(') {
      instance = true;
      i = closing(suffix, i);
    } else {
      const start = c === '.' ? i + 1 : i;
      let end = start;
      while (end < suffix.length && !'.[('.includes(suffix[end] as string)) end++;
      names.push(suffix.slice(start, end));
      i = end;
    }
  }
  return { path: names.join('.'), instance };
};

/**
 * A finished local run (`runLocal`'s result) as far as its phases go: its workflow name and its nodes,
 * named as Argo names them. Structural, so the graph does not depend on the local interpreter.
 * @category model
 */
export interface RunNodes {
  readonly name: string;
  readonly nodes: Readonly<Record<string, { readonly name: string; readonly type: string; readonly phase: string }>>;
}

/**
 * The phases of a run's nodes — an Argo Workflow's `status.nodes` as the submit client returns it, or a
 * local run — by the node paths `toMermaid`, `toDot` and `toSvg` colour: `A`, `prep.a`, `A.hooks.exit`,
 * `onExit`, `''` for the entrypoint. A looped call with no node of its own takes its items' most severe phase.
 * @example
 * ```ts
 * const run = await client.submit(wf);
 * const done = await run.wait({ throwOnFailure: false });
 * await writeFile('run.svg', await toSvg(wf, { phases: runPhases(done.workflow) }));
 * const local = await runLocal(wf, { host: true });
 * console.log(toMermaid(wf, { phases: runPhases(local) }));
 * ```
 * @category interpreters
 */
export const runPhases = (run: ArgoWorkflow | RunNodes): RunPhases => {
  const [root, nodes]: readonly [string, ReadonlyArray<{ readonly name: string; readonly type?: string; readonly phase?: string }>] =
    'metadata' in run ? [run.metadata.name ?? '', Object.values<NodeStatus>(run.status?.nodes ?? {})] : [run.name, Object.values(run.nodes)];
  const own = new Map<string, NodePhase>();
  const runs = new Map<string, NodePhase[]>();
  for (const n of nodes) {
    if (n.type === 'StepGroup' || !isPhase(n.phase) || !n.name.startsWith(root)) continue;
    const { path, instance } = nodePath(n.name.slice(root.length));
    if (!instance) own.set(path, n.phase);
    else runs.set(path, [...(runs.get(path) ?? []), n.phase]);
  }
  const out: Record<string, NodePhase> = {};
  for (const [path, phases] of runs) out[path] = SEVERITY.find((p) => phases.includes(p)) ?? 'Pending';
  for (const [path, phase] of own) out[path] = phase;
  return out;
};
