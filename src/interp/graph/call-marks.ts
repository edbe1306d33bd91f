// What the picture says about one call: its condition and loop as short text, and what flows into it
// from the other calls of its template. Read from the AST's refs, never from rendered `{{...}}` text.
import { clip } from '../../core/clip-text.js';
import { conditionRefs, type ConditionNode, type ConditionOperand } from '../../core/condition-node.js';
import type { DependsNode } from '../../core/depends-node.js';
import type { LoopNode } from '../../core/loop-node.js';
import { matchKind } from '../../core/match-template.js';
import type { RefSource, Scope } from '../../core/scope.js';
import type { CallNode } from '../../core/template-node.js';

/** Longest mark shown whole: a label is read at a glance. */
const MAX_MARK = 60;

const refText = (r: RefSource, fallback: string): string =>
  r.kind === 'output' ? `${r.node}.${r.output}` : r.kind === 'input' || r.kind === 'own-output' ? `inputs.${r.name}` : fallback;

const operandText = (o: ConditionOperand): string =>
  o.kind === 'RefOperand' ? refText(o.source, o.expr) : typeof o.value === 'string' ? JSON.stringify(o.value) : String(o.value);

const nested = (c: ConditionNode): string => (c.kind === 'ConditionLogic' && c.operands.length > 1 ? `(${conditionText(c)})` : conditionText(c));

/** A typed condition as it reads: `flip.result == "heads"`, refs named by task and output. */
export const conditionText = (c: ConditionNode): string =>
  matchKind(c, {
    Compare: (n) => `${operandText(n.left)} ${n.op} ${operandText(n.right)}`,
    InList: (n) => `${operandText(n.operand)} in (${n.list.map(operandText).join(', ')})`,
    ConditionLogic: (n) => n.operands.map(nested).join(n.op === 'and' ? ' and ' : ' or '),
    ConditionNot: (n) => `not ${nested(n.operand)}`,
    BooleanRef: (n) => operandText(n.operand),
  });

const loopRefsText = (refs: ReadonlyArray<RefSource>, fallback: string): string =>
  refs.length === 1 && refs[0] !== undefined ? refText(refs[0], fallback) : fallback;

/** `withItems: a, b, c`, `withParam: gen.result`, `withSequence: count 5`. */
export const loopText = (l: LoopNode): string =>
  matchKind(l, {
    WithItems: (n) => `withItems: ${n.items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join(', ')}`,
    WithParam: (n) => `withParam: ${loopRefsText(n.refs, n.value)}`,
    WithSequence: (n) =>
      `withSequence: ${(['count', 'start', 'end', 'format'] as const)
        .flatMap((k) => (n[k] === undefined ? [] : [`${k} ${n[k]}`]))
        .join(', ')}`,
  });

/** The marks of a call under its name: condition, then loop. */
export const callMarks = (c: Pick<CallNode, 'when' | 'loop'>): ReadonlyArray<string> =>
  [
    ...(c.when === undefined ? [] : [`when ${typeof c.when === 'string' ? c.when : conditionText(c.when)}`]),
    ...(c.loop === undefined ? [] : [loopText(c.loop)]),
  ].map((m) => clip(m, MAX_MARK));

/** Where a call sits: which refs name its siblings. */
export interface Siblings {
  readonly owner: 'tasks' | 'steps';
  readonly scopes: ReadonlySet<Scope>;
}

const sibling = (r: RefSource, at: Siblings): r is Extract<RefSource, { kind: 'output' }> =>
  r.kind === 'output' && r.owner === at.owner && at.scopes.has(r.scope);

const flow = (output: string, input: string): string => (output === input ? output : `${output} → ${input}`);

/**
 * What a call reads from each sibling, by the sibling's name: parameters (`result → message`), artifacts
 * (`artifact hello-art → message`), its condition's operands (`when result`) and its loop's list (`loop result`).
 */
export const flowsInto = (c: CallNode, at: Siblings): ReadonlyMap<string, ReadonlyArray<string>> => {
  const flows = new Map<string, string[]>();
  const add = (r: Extract<RefSource, { kind: 'output' }>, label: string): void => {
    const list = flows.get(r.node) ?? [];
    if (!list.includes(label)) list.push(label);
    flows.set(r.node, list);
  };
  for (const a of c.arguments) for (const r of a.refs) if (sibling(r, at)) add(r, flow(r.output, a.name));
  for (const a of c.artifacts ?? []) for (const r of a.value.refs) if (sibling(r, at)) add(r, `artifact ${flow(r.output, a.name)}`);
  if (c.when !== undefined && typeof c.when !== 'string') {
    for (const r of conditionRefs(c.when)) if (sibling(r, at)) add(r, `when ${r.output}`);
  }
  if (c.loop !== undefined && c.loop.kind !== 'WithItems') for (const r of c.loop.refs) if (sibling(r, at)) add(r, `loop ${r.output}`);
  return flows;
};

const nestedDepends = (d: DependsNode): string => (d.kind === 'DependsLogic' && d.operands.length > 1 ? `(${dependsText(d)})` : dependsText(d));

/** A depends expression as it reads: `A and (C.Succeeded or C.Failed)`. */
const dependsText = (d: DependsNode): string =>
  matchKind(d, {
    DependsTask: (n) => (n.result === undefined ? n.name : `${n.name}.${n.result}`),
    DependsLogic: (n) => n.operands.map(nestedDepends).join(n.op === 'and' ? ' and ' : ' or '),
    DependsNot: (n) => `not ${nestedDepends(n.operand)}`,
  });

/** Whether the edges say it all: every task named bare, all of them required. */
const plainDepends = (d: DependsNode): boolean =>
  matchKind(d, {
    DependsTask: (n) => n.result === undefined,
    DependsLogic: (n) => n.op === 'and' && n.operands.every(plainDepends),
    DependsNot: () => false,
  });

/** The `depends` mark of a task, when its edges do not say it all (an `or`, a `not`, a result). */
export const dependsMark = (d: DependsNode | undefined): ReadonlyArray<string> =>
  d === undefined || plainDepends(d) ? [] : [clip(`depends ${dependsText(d)}`, MAX_MARK)];

/** The results a `depends` expression waits for from one task (`Failed`, `Succeeded`), bare names left out. */
export const dependsResults = (d: DependsNode | undefined, task: string): ReadonlyArray<string> => {
  if (d === undefined) return [];
  const results = matchKind<DependsNode, ReadonlyArray<string>>(d, {
    DependsTask: (n) => (n.name === task && n.result !== undefined ? [n.result] : []),
    DependsLogic: (n) => n.operands.flatMap((o) => dependsResults(o, task)),
    DependsNot: (n) => dependsResults(n.operand, task).map((r) => `not ${r}`),
  });
  return [...new Set(results)];
};
