// The outcome an Argo e2e Go test asserts, written as data, and its check against a local run. Each field
// stands for one kind of Go assertion (named beside it); a check returns the differences as sentences.
import type { LocalNode, NodePhase, NodeType } from '../../src/interp/local/local-node.js';

export type WorkflowPhase = 'Succeeded' | 'Failed' | 'Error';

/** How a Go test picks a node. */
export type NodeSelector =
  /** `FindByDisplayName(d)` / `NodeWithDisplayName(d)`. */
  | { readonly displayName: string }
  /** `status.Name == n` / `NodeWithName(n)` / `status.Nodes[metadata.Name]` (the workflow's name: `{{workflow}}`). */
  | { readonly name: string }
  /** `strings.Contains(status.Name, s)`: the first node whose name contains it. */
  | { readonly nameContains: string }
  /** `wfv1.SucceededPodNode` / `FailedPodNode`: the first Pod node in that phase. */
  | { readonly pod: 'Succeeded' | 'Failed' }
  /** `node.IsExitNode()`: a node named `<...>.onExit`. */
  | { readonly exitNode: true };

export interface NodeExpectation {
  readonly node: NodeSelector;
  /** `assert.Equal(t, wfv1.NodeX, n.Phase)`. */
  readonly phase?: NodePhase;
  readonly type?: NodeType;
  /** `assert.NotEqual(t, wfv1.NodeTypeSkipped, n.Type)`. */
  readonly notType?: NodeType;
  /** `assert.Contains(t, n.Message, m)`. */
  readonly messageContains?: string;
  /** `assert.Len(t, n.Children, k)`. */
  readonly children?: number;
  /** `n.Inputs.Parameters[i].Value`, in declaration order; `Len` when `inputCount` is given. */
  readonly inputs?: ReadonlyArray<string>;
  readonly inputCount?: number;
  /** `n.Outputs.Parameters[i].Value`, in declaration order; `Len` when `outputCount` is given. */
  readonly outputs?: ReadonlyArray<string>;
  readonly outputCount?: number;
  /** `*n.Outputs.Result` equal to a text, or `NotNil` (true). */
  readonly result?: string | true;
  /** `assert.NotNil(t, n.Outputs.ExitCode)`. */
  readonly exitCode?: true;
  /** `n.Inputs.Parameters[0].Value` equals the result of the node with this display name. */
  readonly firstInputIsResultOf?: string;
}

export interface Expectation {
  /** `WaitForWorkflow(fixtures.ToBe<Phase>)` or `assert.Equal(t, wfv1.Workflow<Phase>, status.Phase)`. */
  readonly phase?: WorkflowPhase;
  /** `status.Message`: equal, or containing. */
  readonly message?: { readonly equals: string } | { readonly contains: string };
  /** `assert.Len(t, status.Nodes, n)` or `assert.LessOrEqual(t, len(status.Nodes), n)`. */
  readonly nodeCount?: number | { readonly atMost: number };
  readonly nodes?: ReadonlyArray<NodeExpectation>;
  /** A loop over `status.Nodes` looking for one node so: in a phase, with a message, or an output value. */
  readonly someNode?: { readonly phase?: NodePhase; readonly messageContains?: string; readonly outputValue?: string };
  /** `for _, node := range status.Nodes { if node.Type == T { assert.Equal(phase) } }`. */
  readonly everyNodeOfType?: { readonly types: ReadonlyArray<NodeType>; readonly phase: NodePhase };
}

/** What a local run ended with, as the checks read it: a run, or the problems that stopped it starting. */
export type LocalOutcome =
  | {
      readonly kind: 'ran';
      readonly name: string;
      readonly phase: WorkflowPhase;
      readonly message: string | undefined;
      readonly nodes: ReadonlyArray<LocalNode>;
    }
  | { readonly kind: 'rejected'; readonly message: string };

const select = (nodes: ReadonlyArray<LocalNode>, s: NodeSelector, workflow: string): LocalNode | undefined => {
  if ('displayName' in s) return nodes.find((n) => n.displayName === s.displayName);
  if ('name' in s) return nodes.find((n) => n.name === s.name.replace('{{workflow}}', workflow));
  if ('nameContains' in s) return nodes.find((n) => n.name.includes(s.nameContains));
  if ('pod' in s) return nodes.find((n) => n.type === 'Pod' && n.phase === s.pod);
  return nodes.find((n) => n.name.endsWith('.onExit'));
};

const describeSelector = (s: NodeSelector): string => JSON.stringify(s);

const checkNode = (nodes: ReadonlyArray<LocalNode>, e: NodeExpectation, workflow: string): ReadonlyArray<string> => {
  const n = select(nodes, e.node, workflow);
  const at = `node ${describeSelector(e.node)}`;
  if (n === undefined) return [`${at}: not found`];
  const out: string[] = [];
  const inputs = Object.values(n.inputs?.parameters ?? {});
  const outputs = Object.values(n.outputs?.parameters ?? {});
  if (e.phase !== undefined && n.phase !== e.phase) out.push(`${at}: phase ${n.phase}, Argo asserts ${e.phase}`);
  if (e.type !== undefined && n.type !== e.type) out.push(`${at}: type ${n.type}, Argo asserts ${e.type}`);
  if (e.notType !== undefined && n.type === e.notType) out.push(`${at}: type ${n.type}, Argo asserts not ${e.notType}`);
  if (e.messageContains !== undefined && !(n.message ?? '').includes(e.messageContains))
    out.push(`${at}: message '${n.message ?? ''}' lacks '${e.messageContains}'`);
  if (e.children !== undefined && n.children.length !== e.children) out.push(`${at}: ${n.children.length} children, Argo asserts ${e.children}`);
  if (e.inputCount !== undefined && inputs.length !== e.inputCount) out.push(`${at}: ${inputs.length} inputs, Argo asserts ${e.inputCount}`);
  e.inputs?.forEach((v, i) => {
    if (inputs[i] !== v) out.push(`${at}: input ${i} is '${inputs[i] ?? '(none)'}', Argo asserts '${v}'`);
  });
  if (e.outputCount !== undefined && outputs.length !== e.outputCount) out.push(`${at}: ${outputs.length} outputs, Argo asserts ${e.outputCount}`);
  e.outputs?.forEach((v, i) => {
    if (outputs[i] !== v) out.push(`${at}: output ${i} is '${outputs[i] ?? '(none)'}', Argo asserts '${v}'`);
  });
  const result = n.outputs?.result;
  if (e.result === true && result === undefined) out.push(`${at}: no outputs.result`);
  if (typeof e.result === 'string' && result !== e.result) out.push(`${at}: result '${result ?? '(none)'}', Argo asserts '${e.result}'`);
  if (e.exitCode === true && n.outputs?.exitCode === undefined) out.push(`${at}: no outputs.exitCode`);
  if (e.firstInputIsResultOf !== undefined) {
    const producer = select(nodes, { displayName: e.firstInputIsResultOf }, workflow);
    if (producer?.outputs?.result === undefined || inputs[0] !== producer.outputs.result)
      out.push(`${at}: input 0 '${inputs[0] ?? '(none)'}' is not ${e.firstInputIsResultOf}'s result '${producer?.outputs?.result ?? '(none)'}'`);
  }
  return out;
};

/** The differences between a local outcome and what the Go test asserts; empty when they match. */
export const differences = (outcome: LocalOutcome, e: Expectation): ReadonlyArray<string> => {
  // Argo's controller errors a workflow whose spec is invalid; runLocal refuses it before running.
  if (outcome.kind === 'rejected') {
    const out: string[] = [];
    if (e.phase !== undefined && e.phase !== 'Error') out.push(`rejected before running (${outcome.message}), Argo asserts ${e.phase}`);
    if (e.phase === undefined) out.push(`rejected before running: ${outcome.message}`);
    if (e.message !== undefined) out.push(`rejected: ${outcome.message}; Argo asserts the message ${JSON.stringify(e.message)}`);
    if ((e.nodes ?? []).length > 0 || e.someNode !== undefined || e.nodeCount !== undefined) out.push('rejected: no nodes to check');
    return out;
  }
  const { nodes, name } = outcome;
  const out: string[] = [];
  if (e.phase !== undefined && outcome.phase !== e.phase) out.push(`phase ${outcome.phase} (${outcome.message ?? 'no message'}), Argo asserts ${e.phase}`);
  const message = outcome.message ?? '';
  if (e.message !== undefined && ('equals' in e.message ? message !== e.message.equals : !message.includes(e.message.contains)))
    out.push(`message '${message}', Argo asserts ${JSON.stringify(e.message)}`);
  if (typeof e.nodeCount === 'number' && nodes.length !== e.nodeCount) out.push(`${nodes.length} nodes, Argo asserts ${e.nodeCount}`);
  if (typeof e.nodeCount === 'object' && nodes.length > e.nodeCount.atMost) out.push(`${nodes.length} nodes, Argo asserts at most ${e.nodeCount.atMost}`);
  for (const n of e.nodes ?? []) out.push(...checkNode(nodes, n, name));
  const some = e.someNode;
  if (
    some !== undefined &&
    !nodes.some(
      (n) =>
        (some.phase === undefined || n.phase === some.phase) &&
        (some.messageContains === undefined || (n.message ?? '').includes(some.messageContains)) &&
        (some.outputValue === undefined || Object.values(n.outputs?.parameters ?? {}).includes(some.outputValue)),
    )
  )
    out.push(`no node is ${JSON.stringify(some)}`);
  const every = e.everyNodeOfType;
  if (every !== undefined)
    for (const n of nodes)
      if (every.types.includes(n.type) && n.phase !== every.phase) out.push(`node ${n.name} (${n.type}) is ${n.phase}, Argo asserts ${every.phase}`);
  return out;
};
