/**
 * How workflows look on the terminal: `-o yaml|json|name`, the `argo get`-like summary with a node
 * tree (phase, duration, message), and one plain line per change for logs and CI.
 */
import type { NodeStatus, Workflow } from '../argo-model/generated/index.js';
import type { ArgoManifest } from '../interp/typed-io/argo-manifest.js';
import { isFinished } from '../interp/submit/workflow-phase.js';
import { emitYaml } from '../argo-docs/yaml/emit-yaml.js';

export type OutputFormat = 'yaml' | 'json' | 'name' | 'wide';

export const parseOutput = (o: string | undefined): OutputFormat | undefined =>
  o === undefined ? 'wide' : o === 'yaml' || o === 'json' || o === 'name' || o === 'wide' ? o : undefined;

export const formatObject = (obj: ArgoManifest, fmt: Exclude<OutputFormat, 'wide'>): string =>
  fmt === 'yaml' ? emitYaml(obj) : fmt === 'json' ? `${JSON.stringify(obj, null, 2)}\n` : `${obj.metadata.name ?? ''}\n`;

const ICON: Readonly<Record<string, string>> = {
  Succeeded: '✔',
  Failed: '✖',
  Error: '⚠',
  Running: '●',
  Pending: '◷',
  Skipped: '○',
  Omitted: '○',
};

export const formatDuration = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${s % 60}s`;
};

const duration = (n: { startedAt?: string | undefined; finishedAt?: string | undefined }, now: number): string => {
  if (n.startedAt === undefined) return '';
  const end = n.finishedAt === undefined || n.finishedAt === null ? now : Date.parse(n.finishedAt);
  return formatDuration(end - Date.parse(n.startedAt));
};

/** Depth-first from the root node; a node reached twice in a DAG is shown once. */
const treeRows = (wf: Workflow, now: number): ReadonlyArray<ReadonlyArray<string>> => {
  const nodes = wf.status?.nodes ?? {};
  const rootId = wf.metadata.name ?? '';
  const rows: Array<Array<string>> = [];
  const seen = new Set<string>();
  const walk = (n: NodeStatus, prefix: string, last: boolean, depth: number): void => {
    seen.add(n.id);
    const branch = depth === 0 ? '' : `${prefix}${last ? '└─' : '├─'}`;
    const label = depth === 0 ? n.name : (n.displayName ?? n.name);
    rows.push([`${branch}${ICON[n.phase ?? ''] ?? '◷'} ${label}`, n.templateName ?? '', n.phase ?? '', duration(n, now), n.message ?? '']);
    const kids = (n.children ?? []).map((c) => nodes[c]).filter((c): c is NodeStatus => c !== undefined && !seen.has(c.id));
    kids.forEach((c, i) => walk(c, depth === 0 ? '' : `${prefix}${last ? '  ' : '│ '}`, i === kids.length - 1, depth + 1));
  };
  const root = nodes[rootId];
  if (root !== undefined) walk(root, '', true, 0);
  return rows;
};

const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: ReadonlyArray<string>): string =>
    r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - [...c].length))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
};

/** Summary and node tree, like `argo get` / `argo watch`. */
export const renderRunSummary = (wf: Workflow, now = Date.now()): string => {
  const s = wf.status ?? {};
  const head = [
    ['Name:', wf.metadata.name ?? ''],
    // A local run has no namespace.
    ...(wf.metadata.namespace === undefined ? [] : [['Namespace:', wf.metadata.namespace]]),
    ['Status:', s.phase ?? 'Pending'],
    ...(s.message === undefined ? [] : [['Message:', s.message]]),
    ...(s.startedAt === undefined ? [] : [['Duration:', duration(s, now)]]),
  ]
    .map(([k, v]) => `${(k ?? '').padEnd(12)}${v ?? ''}`)
    .join('\n');
  const rows = treeRows(wf, now);
  return rows.length === 0 ? `${head}\n` : `${head}\n\n${table(['STEP', 'TEMPLATE', 'PHASE', 'DURATION', 'MESSAGE'], rows)}\n`;
};

/** A table of workflows, like `argo list`. */
export const renderList = (items: ReadonlyArray<Workflow>, now = Date.now()): string =>
  `${table(
    ['NAME', 'STATUS', 'AGE', 'DURATION', 'MESSAGE'],
    items.map((w) => [
      w.metadata.name ?? '',
      w.status?.phase ?? 'Pending',
      w.metadata.creationTimestamp === undefined ? '' : formatDuration(now - Date.parse(w.metadata.creationTimestamp)),
      duration(w.status ?? {}, now),
      w.status?.message ?? '',
    ]),
  )}\n`;

/**
 * Lines for what changed since `prev`, for non-TTY output: the workflow's phase first, or last when it
 * finished, so the run's own outcome closes the list of node changes that led to it.
 */
export const changeLines = (prev: Workflow | undefined, wf: Workflow): ReadonlyArray<string> => {
  const name = wf.metadata.name ?? '';
  const phase = wf.status?.phase;
  const own =
    phase !== undefined && phase !== prev?.status?.phase
      ? [`${name} ${phase}${wf.status?.message === undefined ? '' : `: ${wf.status.message}`}`]
      : [];
  const before = prev?.status?.nodes ?? {};
  const nodes: Array<string> = [];
  for (const n of Object.values(wf.status?.nodes ?? {})) {
    if (n.id === name || n.phase === undefined || before[n.id]?.phase === n.phase) continue;
    nodes.push(`${name} ${n.displayName ?? n.name} ${n.phase}${n.message === undefined ? '' : `: ${n.message}`}`);
  }
  return isFinished(wf) ? [...nodes, ...own] : [...own, ...nodes];
};
