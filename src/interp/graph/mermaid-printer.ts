// A flow graph as a Mermaid flowchart: frames are subgraphs, marks are shapes, phases are classes.
import { matchKind } from '../../core/match-template.js';
import { graphItems, phaseOf, PHASE_COLOURS, type FlowGraph, type GraphEdgeRole, type GraphItem, type GraphNode, type NodePhase, type RunPhases } from './flow-graph.js';

/** Quoted Mermaid text: entity codes for what Mermaid would read as syntax or HTML. */
const text = (s: string): string =>
  `"${s.replace(/[#"<>{}]/g, (c) => `#${c.charCodeAt(0)};`)}"`;

const label = (lines: ReadonlyArray<string>): string => text(lines.join('\n')).replace(/\n/g, '<br>');

/** A box's shape: a join is a dot, a hook a stadium, a condition a hexagon, a loop a stacked box. */
const shape = (n: GraphNode): string => {
  if (n.role === 'join') return `((" "))`;
  const l = label(n.lines);
  if (n.role === 'hook') return `([${l}])`;
  if (n.conditional) return `{{${l}}}`;
  return n.looped ? `[[${l}]]` : `[${l}]`;
};

const items = (list: ReadonlyArray<GraphItem>, indent: string): ReadonlyArray<string> =>
  list.flatMap((i) =>
    matchKind<GraphItem, ReadonlyArray<string>>(i, {
      GraphNode: (n) => [`${indent}${n.id}${shape(n)}`],
      GraphCluster: (c) => [`${indent}subgraph ${c.id}[${label(c.lines)}]`, ...items(c.members, `${indent}  `), `${indent}end`],
    }),
  );

const ARROWS: { readonly [R in GraphEdgeRole]: string } = { order: '-->', data: '-.->', hook: '-.->' };

/** `classDef` per phase that occurs, then `class` lines naming the items of each phase. */
const phaseClasses = (graph: FlowGraph, phases: RunPhases): ReadonlyArray<string> => {
  const byPhase = new Map<NodePhase, string[]>();
  for (const i of graphItems(graph.items)) {
    const p = phaseOf(i, phases);
    if (p !== undefined) byPhase.set(p, [...(byPhase.get(p) ?? []), i.id]);
  }
  return [...byPhase].flatMap(([p, ids]) => [`  classDef ${p} fill:${PHASE_COLOURS[p]}`, `  class ${ids.join(',')} ${p}`]);
};

/** The Mermaid text of a flow graph, `phases` as fill colours. */
export const printMermaid = (graph: FlowGraph, phases: RunPhases): string =>
  [
    'flowchart TD',
    ...items(graph.items, '  '),
    ...graph.edges.map((e) => `  ${e.from} ${ARROWS[e.role]}${e.labels.length === 0 ? '' : `|${label(e.labels)}|`} ${e.to}`),
    ...phaseClasses(graph, phases),
  ].join('\n') + '\n';
