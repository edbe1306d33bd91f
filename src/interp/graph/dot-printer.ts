// A flow graph as Graphviz DOT: frames are clusters, marks are shapes, phases are fill colours.
import { matchKind } from '../../core/match-template.js';
import { graphItems, phaseOf, PHASE_COLOURS, type FlowGraph, type GraphEdge, type GraphItem, type GraphNode, type RunPhases } from './flow-graph.js';

/** A quoted DOT string; lines end with `\n`, which Graphviz centres. */
const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

const attrs = (a: ReadonlyArray<readonly [string, string]>): string => `[${a.map(([k, v]) => `${k}=${v}`).join(', ')}]`;

/** A box's look: a join is a dot, a hook dashed, a condition a hexagon, a loop a doubled border. */
const nodeAttrs = (n: GraphNode, phases: RunPhases): ReadonlyArray<readonly [string, string]> => {
  if (n.role === 'join') return [['shape', 'point']];
  const phase = phaseOf(n, phases);
  return [
    ['label', quote(n.lines.join('\n'))],
    ...(n.conditional ? [['shape', 'hexagon'] as const] : []),
    ...(n.looped ? [['peripheries', '2'] as const] : []),
    ...(n.role === 'hook' ? [['style', quote('rounded,filled,dashed')] as const] : []),
    ...(phase === undefined ? [] : [['fillcolor', quote(PHASE_COLOURS[phase])] as const]),
  ];
};

const items = (list: ReadonlyArray<GraphItem>, phases: RunPhases, indent: string): ReadonlyArray<string> =>
  list.flatMap((i) =>
    matchKind<GraphItem, ReadonlyArray<string>>(i, {
      GraphNode: (n) => [`${indent}${n.id} ${attrs(nodeAttrs(n, phases))};`],
      GraphCluster: (c) => {
        const phase = phaseOf(c, phases);
        return [
          `${indent}subgraph cluster_${c.id} {`,
          `${indent}  label=${quote(c.lines.join('\n'))};`,
          ...(phase === undefined ? [] : [`${indent}  style="rounded,filled";`, `${indent}  fillcolor=${quote(PHASE_COLOURS[phase])};`]),
          ...items(c.members, phases, `${indent}  `),
          `${indent}}`,
        ];
      },
    }),
  );

/**
 * An edge between frames runs between a box inside each (`compound=true`), clipped at the frame by
 * `ltail`/`lhead`: from the frame's last box, to its first.
 */
const edgeLine = (e: GraphEdge, byId: ReadonlyMap<string, GraphItem>): string => {
  const end = (id: string, pick: 'first' | 'last'): { readonly node: string; readonly cluster?: string } => {
    const item = byId.get(id);
    if (item === undefined || item.kind === 'GraphNode') return { node: id };
    const boxes = graphItems(item.members).filter((i) => i.kind === 'GraphNode');
    const box = pick === 'first' ? boxes[0] : boxes[boxes.length - 1];
    return { node: box?.id ?? id, cluster: `cluster_${id}` };
  };
  const from = end(e.from, 'last');
  const to = end(e.to, 'first');
  const a = [
    ...(e.labels.length === 0 ? [] : [['label', quote(e.labels.join('\n'))] as const]),
    ...(e.role === 'order' ? [] : [['style', e.role === 'hook' ? 'dashed' : 'dotted'] as const]),
    ...(from.cluster === undefined ? [] : [['ltail', from.cluster] as const]),
    ...(to.cluster === undefined ? [] : [['lhead', to.cluster] as const]),
  ];
  return `  ${from.node} -> ${to.node}${a.length === 0 ? '' : ` ${attrs(a)}`};`;
};

/** The DOT text of a flow graph, `phases` as fill colours. */
export const printDot = (graph: FlowGraph, phases: RunPhases): string => {
  const byId = new Map(graphItems(graph.items).map((i) => [i.id, i]));
  return [
    `digraph ${quote(graph.title)} {`,
    '  compound=true;',
    '  node [shape=box, style="rounded,filled", fillcolor=white, fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
    '  graph [fontname="Helvetica", fontsize=11];',
    ...items(graph.items, phases, '  '),
    ...graph.edges.map((e) => edgeLine(e, byId)),
    '}',
  ].join('\n') + '\n';
};
