// For every example (examples/*.ts, examples/upstream/**.ts): every task and step of the rendered manifest,
// and every dependency between them, is in the graph; the Mermaid and DOT texts print every box, frame and
// edge of it; the SVG is well-formed XML with one `<g class="node">` per box.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseDepends } from '../../src/argo-docs/validate/depends-expression.js';
import { toDot, toFlowGraph, toMermaid, toSvg, type FlowGraph, type GraphCluster, type GraphItem } from '../../src/index.js';
import { buildPort, examplePorts, exportedDocuments } from '../support/example-ports.js';
import { graphItems } from '../../src/interp/graph/flow-graph.js';

interface ManifestCall {
  readonly name: string;
}
interface ManifestTemplate {
  readonly name: string;
  readonly dag?: { readonly tasks: ReadonlyArray<ManifestCall & { readonly depends?: string; readonly dependencies?: ReadonlyArray<string> }> };
  readonly steps?: ReadonlyArray<ReadonlyArray<ManifestCall>>;
}

/** A manifest's templates: a Workflow's, a WorkflowTemplate's, a CronWorkflow's workflow's (none for other kinds). */
const templatesOf = (doc: object): ReadonlyArray<ManifestTemplate> => {
  const spec = ((doc as { readonly spec?: unknown }).spec ?? {}) as { readonly templates?: ReadonlyArray<ManifestTemplate>; readonly workflowSpec?: { readonly templates?: ReadonlyArray<ManifestTemplate> } };
  return spec.templates ?? spec.workflowSpec?.templates ?? [];
};

/** The tasks a manifest task waits on, read from its `depends` text or `dependencies` list. */
const waitsOn = (task: { readonly depends?: string; readonly dependencies?: ReadonlyArray<string> }): ReadonlyArray<string> =>
  task.depends !== undefined ? [...new Set(parseDepends(task.depends).terms.map((t) => t.task))] : (task.dependencies ?? []);

const childPath = (parent: string, name: string): string => (parent === '' ? name : `${parent}.${name}`);

/** Whether `to` can be reached from `from` along order edges (steps run after a join point). */
const reaches = (g: FlowGraph, from: string, to: string): boolean => {
  const next = new Map<string, string[]>();
  for (const e of g.edges) if (e.role === 'order') next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const seen = new Set<string>();
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    if (n === to) return true;
    if (!seen.has(n)) queue.push(...(next.get(n) ?? []));
    seen.add(n);
  }
  return false;
};

/** What of a manifest template is missing from each frame drawn for it, as sentences (none: all there). */
const missing = (g: FlowGraph, t: ManifestTemplate): ReadonlyArray<string> => {
  const frames = graphItems(g.items).filter((i): i is GraphCluster => i.kind === 'GraphCluster' && i.template === t.name);
  if (frames.length === 0) return [`no frame for template '${t.name}'`];
  const edges = new Set(g.edges.filter((e) => e.role === 'order').map((e) => `${e.from} -> ${e.to}`));
  return frames.flatMap((frame) => {
    const at = (name: string): GraphItem | undefined => frame.members.find((m) => m.path === childPath(frame.path, name));
    const lost: string[] = [];
    for (const task of t.dag?.tasks ?? []) {
      const item = at(task.name);
      if (item === undefined) lost.push(`${frame.path || '(entry)'}: no box for task '${task.name}'`);
      for (const dep of waitsOn(task)) {
        const from = at(dep);
        if (item !== undefined && (from === undefined || !edges.has(`${from.id} -> ${item.id}`))) lost.push(`${frame.path}: no edge ${dep} -> ${task.name}`);
      }
    }
    const groups = t.steps ?? [];
    groups.forEach((group, g2) => {
      for (const step of group) {
        const item = at(step.name);
        if (item === undefined) lost.push(`${frame.path || '(entry)'}: no box for step '${step.name}'`);
        for (const before of g2 === 0 ? [] : (groups[g2 - 1] ?? [])) {
          const from = at(before.name);
          if (item !== undefined && (from === undefined || !reaches(g, from.id, item.id))) lost.push(`${frame.path}: step '${step.name}' is not after '${before.name}'`);
        }
      }
    });
    return lost;
  });
};

/** The ids Mermaid text declares (boxes and subgraphs) and its edges as `from -> to`. */
const mermaidParts = (text: string) => ({
  ids: new Set([...text.matchAll(/^\s*(?:subgraph )?(n(?:_\w+)?)[[({]/gm)].map((m) => m[1])),
  edges: new Set([...text.matchAll(/^\s*(n(?:_\w+)?) -(?:->|\.->)(?:\|[^|]*\|)? (n(?:_\w+)?)$/gm)].map((m) => `${m[1]} -> ${m[2]}`)),
});

/** The box ids DOT text declares and its edges (between boxes: a frame's edge runs from a box inside it). */
const dotParts = (text: string) => ({
  ids: new Set([...text.matchAll(/^\s*(n(?:_\w+)?) \[/gm)].map((m) => m[1]).concat([...text.matchAll(/^\s*subgraph cluster_(n(?:_\w+)?) \{/gm)].map((m) => m[1]))),
  edges: [...text.matchAll(/^\s*(n(?:_\w+)?) -> (n(?:_\w+)?)/gm)].length,
});

/** A strict XML parse: any warning or error fails it. */
const parseXml = (text: string) =>
  new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'image/svg+xml');

const classOf = (e: { getAttribute: (n: string) => string | null }): string => e.getAttribute('class') ?? '';

const PORTS = examplePorts();

describe('the graph of every example', () => {
  it('covers the examples', () => {
    expect(PORTS.length).toBeGreaterThan(60);
  });

  for (const port of PORTS) {
    it(`${port.file}: every task, step and dependency of the manifest, in Mermaid, DOT and SVG`, async () => {
      const values = await exportedDocuments(port.file);
      const manifests = await buildPort(port.file);
      expect(values.length).toBe(manifests.length);
      for (const [i, { value }] of values.entries()) {
        const g = toFlowGraph(value);
        const templates = templatesOf(manifests[i]!).filter((t) => t.dag !== undefined || t.steps !== undefined);
        expect(templates.flatMap((t) => missing(g, t))).toEqual([]);

        const all = graphItems(g.items);
        const mermaid = mermaidParts(toMermaid(value));
        expect([...mermaid.ids].sort()).toEqual(all.map((n) => n.id).sort());
        expect([...mermaid.edges].sort()).toEqual(g.edges.map((e) => `${e.from} -> ${e.to}`).sort());
        const dot = dotParts(toDot(value));
        expect([...dot.ids].sort()).toEqual(all.map((n) => n.id).sort());
        expect(dot.edges).toBe(g.edges.length);

        const svg = parseXml(await toSvg(value));
        const groups = Array.from(svg.getElementsByTagName('g'));
        expect(groups.filter((e) => classOf(e) === 'node').length).toBe(all.filter((n) => n.kind === 'GraphNode').length);
        expect(groups.filter((e) => classOf(e) === 'cluster').length).toBe(all.filter((n) => n.kind === 'GraphCluster').length);
      }
    }, 60_000);
  }
});
