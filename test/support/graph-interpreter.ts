/**
 * An interpreter written outside the library, against the public API only (as io-ts keeps one in its
 * tests): it proves a new backend plugs in without touching the core. It draws a workflow as a Mermaid
 * flowchart: each dag or steps template a subgraph of its calls, each leaf a node, dotted edges from a
 * call to the template it runs. Dependencies come from the AST, never from parsing `{{...}}`.
 */
import {
  collectTemplates,
  matchTemplate,
  type CallNode,
  type TemplateMatch,
  type TemplateNode,
  type Workflow,
} from '../../src/index.js';

/** What one template adds: node lines (drawn first) and edges (drawn after every node exists). */
export interface Drawing {
  readonly nodes: ReadonlyArray<string>;
  readonly edges: ReadonlyArray<string>;
}

const id = (host: TemplateNode, call: CallNode): string => `${host.name}_${call.name}`;

const callNode = (host: TemplateNode, call: CallNode): string =>
  `    ${id(host, call)}["${call.name}${call.when === undefined ? '' : ` if ${call.when}`}"]`;

const callsOf = (host: TemplateNode, calls: ReadonlyArray<CallNode>, heading: string): Drawing => ({
  nodes: [`  subgraph ${host.name}["${heading}"]`, ...calls.map((c) => callNode(host, c)), '  end'],
  edges: calls.map((c) => `  ${id(host, c)} -.-> ${c.template.name}`),
});

const leaf = (n: TemplateNode, body: string): Drawing => ({ nodes: [`  ${n.name}[/"${body}"/]`], edges: [] });

/** One drawer per template kind: a new kind does not compile until it is drawn. */
export const drawers: TemplateMatch<Drawing> = {
  Container: (n) => leaf(n, `container ${n.image}`),
  Script: (n) => leaf(n, `script ${n.image}`),
  Dag: (n) => {
    const calls = callsOf(n, n.tasks, `dag ${n.name}`);
    const order = n.tasks.flatMap((t) =>
      t.dependencies.filter((d) => d.scope === n.scope).map((d) => `  ${n.name}_${d.name} -->|${d.via}| ${id(n, t)}`),
    );
    return { nodes: calls.nodes, edges: [...order, ...calls.edges] };
  },
  Steps: (n) => {
    const calls = callsOf(n, n.groups.flat(), `steps ${n.name}`);
    const order = n.groups
      .slice(1)
      .flatMap((group, i) => group.flatMap((s) => (n.groups[i] ?? []).map((p) => `  ${id(n, p)} --> ${id(n, s)}`)));
    return { nodes: calls.nodes, edges: [...order, ...calls.edges] };
  },
  Suspend: (n) => leaf(n, `suspend${n.duration === undefined ? '' : ` ${n.duration}`}`),
  Resource: (n) => leaf(n, `resource ${n.resource.action}`),
  Http: (n) => leaf(n, `http ${n.http.url}`),
  ContainerSet: (n) => ({
    nodes: [
      `  subgraph ${n.name}["containerSet ${n.name}"]`,
      ...n.containers.map((c) => `    ${n.name}_${c.name}["${c.name} ${c.image}"]`),
      '  end',
    ],
    edges: n.containers.flatMap((c) => c.dependencies.map((d) => `  ${n.name}_${d.name} --> ${n.name}_${c.name}`)),
  }),
  Data: (n) => leaf(n, 'data'),
  Plugin: (n) => leaf(n, `plugin ${Object.keys(n.plugin).join(', ')}`),
  Stub: (n) => leaf(n, 'stub'),
};

const draw = matchTemplate(drawers);

/** The Mermaid flowchart of every template the workflow reaches, entrypoint first. */
export const toMermaid = (wf: Workflow<unknown, unknown>): string => {
  const drawings = collectTemplates(wf.node).templates.map(draw);
  return ['flowchart TD', ...drawings.flatMap((d) => d.nodes), ...drawings.flatMap((d) => d.edges)].join('\n');
};
