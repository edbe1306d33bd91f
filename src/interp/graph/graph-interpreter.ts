// The graph interpreter: a document's AST as a picture, in Mermaid, DOT or SVG.
import type { DocumentValue } from '../manifest/document-interpreter.js';
import { buildFlowGraph } from './build-flow-graph.js';
import { printDot } from './dot-printer.js';
import type { FlowGraph, GraphOptions } from './flow-graph.js';
import { printMermaid } from './mermaid-printer.js';
import { layoutSvg } from './svg-layout.js';

/**
 * The picture of a workflow, workflow template or cron workflow as data: the entrypoint a frame around
 * the calls it runs (dag, steps and container set templates unfold into nested frames, as a run unfolds
 * them), edges labelled with what flows along them. `toMermaid`, `toDot` and `toSvg` print it.
 * @category interpreters
 */
export const toFlowGraph = (v: DocumentValue): FlowGraph => buildFlowGraph(v.node);

/**
 * A Mermaid flowchart of the document. Conditions are hexagons, loops stacked boxes, hooks and exit
 * handlers stadiums on dashed edges; with `phases` (see `runPhases`) nodes are filled by phase.
 * @example
 * ```ts
 * toMermaid(workflow({ generateName: 'dag-diamond-', entrypoint: diamond }));
 * // flowchart TD
 * //   subgraph n["diamond"]
 * //     n_A["A<br>echo"]
 * //     ...
 * //   n_A --> n_B
 * ```
 * @category interpreters
 */
export const toMermaid = (v: DocumentValue, options: GraphOptions = {}): string => printMermaid(toFlowGraph(v), options.phases ?? {});

/**
 * The Graphviz DOT text of the document: frames are clusters, conditions hexagons, loops doubled borders,
 * hooks dashed. With `phases` nodes are filled by phase.
 * @example
 * ```ts
 * toDot(wf);
 * // digraph "dag-diamond-" {
 * //   compound=true;
 * //   subgraph cluster_n { label="diamond"; n_A [label="A\necho"]; ... }
 * //   n_A -> n_B;
 * ```
 * @category interpreters
 */
export const toDot = (v: DocumentValue, options: GraphOptions = {}): string => printDot(toFlowGraph(v), options.phases ?? {});

/**
 * The document laid out as SVG by Graphviz (compiled to WASM, loaded on the first call: no browser, no
 * native binary). One `<g class="node">` per box.
 * @example
 * ```ts
 * await writeFile('diamond.svg', await toSvg(wf));
 * ```
 * @category interpreters
 */
export const toSvg = async (v: DocumentValue, options: GraphOptions = {}): Promise<string> => layoutSvg(toDot(v, options));
