// `dag` and `steps` templates: a body of builder calls, each task or step bound to a const when a later
// one reads it (its outputs, its results in `depends`).
import type { DAGTask, LifecycleHook, Template as ArgoTemplate, WorkflowStep } from '../../argo-model/generated/argo-types.js';
import { scanNodeRefs } from '../../core/tag-scanner.js';
import { stringsOf } from './template-calls.js';
import { callArgs, handleResolver, itemResolver, loopOptions, typeUse, type Callee } from './call-emitter.js';
import { conditionCode } from './condition-code.js';
import { exprConditionCode } from './expr-condition-code.js';
import { expressionCode, expressionKeys, expressionOverRefs, wholeExpression } from './expression-code.js';
import { dependsNames, dependsTree, plainConjunction, type DependsTree } from './depends-expr.js';
import { ConvertError, use, type DocContext, type OpenBody } from './emit-context.js';
import { artifactDecl, paramDecl } from './declarations.js';
import { asString, resolvers, stringExpr, type Resolver } from './ref-expressions.js';
import { fieldOptions } from './field-values.js';
import { call, code, literal, quote, type Code } from './ts-code.js';

/** Resolves the template a call runs (writing it first when it is one of this document's). */
export type CalleeOf = (c: DAGTask | WorkflowStep) => Callee;

/** Whether some string of `later` reads call `name` (`{{tasks.name....}}`, `{{=tasks['name']...}}`). */
const readsCall = (owner: 'tasks' | 'steps', name: string, texts: ReadonlyArray<string>): boolean =>
  texts.some((s) => scanNodeRefs(s).some((r) => r.owner === owner && r.node === name));

/** The strings of a template's outputs, an output's `valueFrom.expression` as the expression tag it reads like. */
const outputTexts = (t: ArgoTemplate): ReadonlyArray<string> => [
  ...stringsOf(t.outputs),
  ...(t.outputs?.parameters ?? []).flatMap((p) => (p.valueFrom?.expression === undefined ? [] : [`{{=${p.valueFrom.expression}}}`])),
];


const isLooped = (c: DAGTask | WorkflowStep): boolean => c.withItems !== undefined || c.withParam !== undefined || c.withSequence !== undefined;

const RESULTS: Readonly<Record<string, string>> = {
  Succeeded: 'succeeded',
  Failed: 'failed',
  Errored: 'errored',
  Skipped: 'skipped',
  Omitted: 'omitted',
  Daemoned: 'daemoned',
  AnySucceeded: 'anySucceeded',
  AllFailed: 'allFailed',
};

const dependsCode = (ctx: DocContext, t: DependsTree, id: (task: string) => string): string => {
  if (t.kind === 'term') return t.result === undefined ? id(t.task) : `${id(t.task)}.${RESULTS[t.result] ?? t.result}`;
  if (t.kind === 'not') return `${use(ctx, 'not')}(${dependsCode(ctx, t.operand, id)})`;
  return `${use(ctx, t.kind)}(${t.operands.map((o) => dependsCode(ctx, o, id)).join(', ')})`;
};

/** A hook's expression: a typed condition of the same meaning, else `expression<boolean>` over refs, else its text. */
const hookExpression = (ctx: DocContext, text: string | undefined, resolve: Resolver): Code | string | undefined => {
  if (text === undefined) return undefined;
  const typed = exprConditionCode(ctx, text, resolve);
  const e = typed === undefined ? expressionOverRefs(ctx, text, resolve, 'boolean') : undefined;
  ctx.whens.push({ field: 'hook', when: text, as: typed !== undefined ? 'condition' : e !== undefined ? 'expression' : 'text' });
  return typed ?? (e === undefined ? text : code(e.text));
};

/**
 * `when`: a whole expression tag as `expression<boolean>` (a boolean ref), a condition with a typed form of
 * the same meaning as that (condition-code.ts), anything else as text with its refs.
 */
const whenCode = (ctx: DocContext, when: string, resolve: Resolver): Code => {
  const whole = wholeExpression(when);
  const typed = whole === undefined ? conditionCode(ctx, when, resolve) : undefined;
  ctx.whens.push({ field: 'when', when, as: whole !== undefined ? 'expression' : typed !== undefined ? 'condition' : 'text' });
  if (whole !== undefined) return code(expressionCode(ctx, whole, resolve, 'boolean').text);
  return typed ?? asString(stringExpr(when, resolve));
};

/** Lifecycle hooks (of a call, or of the workflow) as the `hooks` record: a template, or `hook({...})` with arguments or an expression. */
export const hooksRecord = (
  ctx: DocContext,
  given: Readonly<Record<string, LifecycleHook>> | undefined,
  calleeOf: CalleeOf,
  resolve: Resolver,
  owner: string,
): Code | undefined => {
  const hooks: Record<string, Code> = {};
  for (const [name, h] of Object.entries(given ?? {})) {
    const callee = calleeOf({ name, ...(h.template !== undefined && { template: h.template }), ...(h.templateRef !== undefined && { templateRef: h.templateRef }) });
    const args = h.arguments === undefined ? undefined : callArgs(ctx, h, callee, resolve);
    if (args?.extra !== undefined) throw new ConvertError(`hook '${name}' of ${owner} passes arguments its template does not declare`);
    hooks[name] =
      args === undefined && h.expression === undefined
        ? code(callee.expr)
        : call(use(ctx, 'hook'), { template: code(callee.expr), ...(args !== undefined && { arguments: args.args }), expression: hookExpression(ctx, h.expression, resolve) });
  }
  return Object.keys(hooks).length > 0 ? code(literal(hooks)) : undefined;
};

/**
 * A call's hooks: the record, or, when a hook reads the call's own outputs, a function of its handle
 * (`(self) => ({ exit: hook({ ..., arguments: { message: self.out.result } }) })`).
 */
const callHooks = (ctx: DocContext, c: DAGTask | WorkflowStep, owner: 'tasks' | 'steps', callee: Callee, resolve: Resolver, calleeOf: CalleeOf): Code | undefined => {
  const name = c.name ?? '';
  const expressions = Object.values(c.hooks ?? {}).flatMap((h) => (h.expression === undefined ? [] : expressionKeys(h.expression)));
  if (!readsCall(owner, name, stringsOf(c.hooks)) && !expressions.some((k) => k.startsWith(`${owner}.${name}.`))) return hooksRecord(ctx, c.hooks, calleeOf, resolve, `'${name}'`);
  // Typed as the call's own handle, whose outputs are one iteration's even on a looped call.
  const self = ctx.module.names.fresh('self');
  const own = handleResolver(owner, new Map([[name, { id: self, callee, looped: false }]]));
  const hooks = hooksRecord(ctx, c.hooks, calleeOf, resolvers(own, resolve), `'${name}'`);
  return hooks === undefined ? undefined : code(`(${self}) => (${hooks.text})`);
};

/** The options of a call: dag ordering, when, loops, continueOn, exit handler, hooks, inline, extra arguments. */
const callOptions = (
  ctx: DocContext,
  c: DAGTask | WorkflowStep,
  owner: 'tasks' | 'steps',
  callee: Callee,
  resolve: Resolver,
  calleeOf: CalleeOf,
  order: Record<string, Code>,
  extra: Code | undefined,
): Record<string, Code> => {
  const hooks = callHooks(ctx, c, owner, callee, resolve, calleeOf);
  return {
    ...order,
    ...(c.when !== undefined && { when: whenCode(ctx, c.when, resolve) }),
    ...loopOptions(ctx, c, resolve),
    ...(c.continueOn !== undefined && { continueOn: code(literal(c.continueOn)) }),
    ...(c.onExit !== undefined && { onExit: code(calleeOf({ name: c.name ?? '', template: c.onExit }).expr) }),
    ...(hooks !== undefined && { hooks }),
    ...(c.inline !== undefined && { inline: code('true') }),
    ...(extra !== undefined && { extraArgs: extra }),
  };
};

/** One call statement: `const a = d.task('A', echo, { message: 'A' }, { after: [b] });`. */
const callStatement = (
  ctx: DocContext,
  builder: string,
  c: DAGTask | WorkflowStep,
  bind: boolean,
  resolve: Resolver,
  calleeOf: CalleeOf,
  order: Record<string, Code>,
): { readonly text: string; readonly callee: Callee; readonly id?: string } => {
  const callee = calleeOf(c);
  // Named after the template it runs is written, so the template keeps the plain name.
  const id = bind ? ctx.module.names.fresh(c.name ?? 'call') : undefined;
  const local = resolvers(itemResolver(c), resolve);
  const { args, extra } = callArgs(ctx, c, callee, local, resolve);
  const usesItem = args.text.includes('item');
  const argCode = usesItem && /\bitem\b/.test(args.text) ? `(item) => (${args.text})` : args.text;
  // `item` is the argument function's parameter only: options keep `{{item}}` as text.
  const opts = callOptions(ctx, c, builder === 'd.task' ? 'tasks' : 'steps', callee, resolve, calleeOf, order, extra);
  const optCode = Object.keys(opts).length > 0 ? `, ${literal(opts)}` : '';
  const head = id === undefined ? '' : `const ${id} = `;
  return { text: `${head}${builder}(${quote(c.name ?? '')}, ${callee.expr}, ${argCode}${optCode});`, callee, ...(id !== undefined && { id }) };
};

/** Output parameters and artifacts of a dag or steps template: declared, and set from a call's output when one resolves. */
const compositeOutputs = (ctx: DocContext, t: ArgoTemplate, resolve: Resolver): { readonly decl?: Code; readonly set?: Code } => {
  const decl: Record<string, Code> = {};
  const plain: Record<string, Code> = {};
  const set: Record<string, Code> = {};
  for (const p of t.outputs?.parameters ?? []) {
    plain[p.name] = paramDecl(ctx, p, 'string');
    const from = p.valueFrom?.parameter;
    const e = from === undefined ? undefined : stringExpr(from, resolve);
    const computed = p.valueFrom?.expression === undefined ? undefined : expressionOverRefs(ctx, p.valueFrom.expression, resolve);
    const value = e?.type === 'string' ? e.code : computed === undefined ? undefined : code(computed.text);
    if (value !== undefined) {
      const { parameter: _, expression: __, ...rest } = p.valueFrom ?? {};
      decl[p.name] = paramDecl(ctx, { ...p, ...(Object.keys(rest).length > 0 ? { valueFrom: rest } : { valueFrom: undefined }) } as typeof p, 'string');
      set[p.name] = value;
    } else decl[p.name] = paramDecl(ctx, p, 'string');
  }
  for (const a of t.outputs?.artifacts ?? []) {
    const { name: _, from, ...fields } = a;
    if (from === undefined) {
      decl[a.name] = artifactDecl(ctx, a);
      plain[a.name] = decl[a.name]!;
      continue;
    }
    const e = stringExpr(from, resolve);
    decl[a.name] = artifactDecl(ctx, a, fields);
    set[a.name] =
      e.type === 'artifact' ? e.code : code(`${use(ctx, 'expr')}<${typeUse(ctx, 'Artifact')}>(${quote(from.trim().replace(/^\{\{\s*|\s*\}\}$/g, ''))})`);
  }
  // `outputs({...})` sets every declared output or none: outputs whose source has no ref form keep it in the declaration.
  const all = Object.keys(set).length === Object.keys(decl).length;
  if (!all && (t.outputs?.artifacts ?? []).some((a) => a.from !== undefined)) {
    throw new ConvertError(`template '${t.name ?? ''}': an output artifact taken from a call beside an output parameter with no ref form`);
  }
  return {
    ...(Object.keys(decl).length > 0 && { decl: code(literal(all ? decl : plain)) }),
    ...(all && Object.keys(set).length > 0 && { set: code(literal(set)) }),
  };
};

/** The spec argument of `dag`/`steps` (inputs, outputs, Argo fields), or none. */
const compositeSpec = (t: ArgoTemplate, body: 'dag' | 'steps', inputs: Code | undefined, outputs: Code | undefined, retry: Code | undefined, resolve: Resolver): string | undefined => {
  const skip = new Set(['name', 'inputs', 'outputs', 'retryStrategy', body]);
  const fields = fieldOptions(Object.fromEntries(Object.entries(t).filter(([k]) => !skip.has(k))), resolve);
  const spec = { inputs, outputs, retryStrategy: retry, ...fields };
  return Object.values(spec).some((v) => v !== undefined) ? literal(spec) : undefined;
};

export interface CompositeParts {
  readonly inputs?: Code;
  readonly retryStrategy?: Code;
  /** Reads the template's inputs (through the body's `i`) and the workflow's variables. */
  readonly resolve: Resolver;
  /** The same, as template fields read them (through a function of the inputs). */
  readonly fieldResolve: Resolver;
  readonly calleeOf: CalleeOf;
  /** Where the body's statements go (templates declared inside it too), and its `self` when a call runs it again. */
  readonly body: OpenBody;
}

/** The body's parameters: the builder, the inputs when declared, `self` when a call runs the template again. */
const bodyParams = (builder: string, parts: CompositeParts): string => {
  const { self } = parts.body;
  if (self !== undefined) return `(${builder}, ${parts.inputs === undefined ? '_' : 'i'}, ${self})`;
  return parts.inputs === undefined ? `(${builder})` : `(${builder}, i)`;
};

/** `dag.target`: task names as the handles of those tasks (a name of no task stays text, for the build to report), else the text with its refs. */
const targetCode = (text: string, names: ReadonlyArray<string>, handles: ReadonlyMap<string, { readonly id: string }>, resolve: Resolver): string =>
  names.length > 0 && names.join(' ') === text ? `[${names.map((n) => handles.get(n)?.id ?? quote(n)).join(', ')}]` : asString(stringExpr(text, resolve)).text;

export const emitDag = (ctx: DocContext, t: ArgoTemplate, parts: CompositeParts): Code => {
  const dag = t.dag ?? { tasks: [] };
  // A dag's `failFast` option is Argo's dag.failFast: the template field of that name has no form on a dag.
  if (t.failFast !== undefined) throw new ConvertError(`template '${t.name}': the template field failFast of a dag has no tiphys form (its failFast option renders dag.failFast)`);
  const handles = new Map<string, { id: string; callee: Callee; looped: boolean }>();
  const trees = new Map(dag.tasks.map((k) => [k.name, k.depends === undefined ? undefined : dependsTree(k.depends)]));
  const targets = dag.target === undefined || dag.target.includes('{{') ? [] : dag.target.split(' ').filter((n) => n !== '');
  const waitedOn = new Set([...targets, ...dag.tasks.flatMap((k) => [...(k.dependencies ?? []), ...dependsNames(trees.get(k.name) ?? { kind: 'and', operands: [] })])]);
  // Tasks another task or the outputs read (a task's hooks reading its own outputs get it as `self`).
  const read = new Set<string>();
  for (const k of dag.tasks) for (const r of scanNodeRefs(stringsOf(k).join(' '))) if (r.owner === 'tasks' && r.node !== k.name) read.add(r.node);
  for (const r of scanNodeRefs(outputTexts(t).join(' '))) if (r.owner === 'tasks') read.add(r.node);
  const lines = parts.body.lines;
  const resolve = resolvers(handleResolver('tasks', handles), parts.resolve);
  for (const k of dag.tasks) {
    const bind = waitedOn.has(k.name) || read.has(k.name);
    const handle = (name: string): string => {
      const h = handles.get(name);
      if (h === undefined) throw new ConvertError(`template '${t.name}': task '${k.name}' waits on '${name}', which is not an earlier task of the dag`);
      return h.id;
    };
    let order: Record<string, Code> = {};
    if (k.dependencies !== undefined && k.dependencies.length > 0) order = { after: code(`[${k.dependencies.map(handle).join(', ')}]`) };
    if (k.depends !== undefined) {
      const tree = trees.get(k.name);
      if (tree === undefined) throw new ConvertError(`template '${t.name}': task '${k.name}': depends '${k.depends}' does not parse`);
      const plain = plainConjunction(tree);
      order = plain !== undefined ? { after: code(`[${plain.map(handle).join(', ')}]`) } : { depends: code(dependsCode(ctx, tree, handle)) };
    }
    const st = callStatement(ctx, 'd.task', k, bind, resolve, parts.calleeOf, order);
    if (st.id !== undefined) handles.set(k.name, { id: st.id, callee: st.callee, looped: isLooped(k) });
    lines.push(st.text);
  }
  if (dag.target !== undefined) lines.push(`d.target(${targetCode(dag.target, targets, handles, resolve)});`);
  const outs = compositeOutputs(ctx, t, resolve);
  if (outs.set !== undefined) lines.push(`d.outputs(${outs.set.text});`);
  const spec = compositeSpec({ ...t, ...(dag.failFast !== undefined && { failFast: dag.failFast }) }, 'dag', parts.inputs, outs.decl, parts.retryStrategy, parts.fieldResolve);
  return code(`${use(ctx, 'dag')}(${quote(t.name ?? '')}, ${spec === undefined ? '' : `${spec}, `}${bodyParams('d', parts)} => {\n${lines.join('\n')}\n})`);
};

export const emitSteps = (ctx: DocContext, t: ArgoTemplate, parts: CompositeParts): Code => {
  const groups = t.steps ?? [];
  const handles = new Map<string, { id: string; callee: Callee; looped: boolean }>();
  const resolve = resolvers(handleResolver('steps', handles), parts.resolve);
  const lines = parts.body.lines;
  groups.forEach((group, g) => {
    const later = [...stringsOf(groups.slice(g + 1)), ...outputTexts(t)];
    if (group.length === 1) {
      const s = group[0]!;
      const st = callStatement(ctx, 's.step', s, readsCall('steps', s.name ?? '', later), resolve, parts.calleeOf, {});
      if (st.id !== undefined) handles.set(s.name ?? '', { id: st.id, callee: st.callee, looped: isLooped(s) });
      lines.push(st.text);
    } else if (group.length > 1) {
      // Steps a later group reads are bound inside the group and handed out: `const { a } = s.parallel(...)`.
      const bound: string[] = [];
      const inner = group.map((s) => {
        const st = callStatement(ctx, 'p.step', s, readsCall('steps', s.name ?? '', later), resolve, parts.calleeOf, {});
        if (st.id !== undefined) {
          handles.set(s.name ?? '', { id: st.id, callee: st.callee, looped: isLooped(s) });
          bound.push(st.id);
        }
        return st.text;
      });
      const handed = bound.length === 0 ? '' : `const { ${bound.join(', ')} } = `;
      const ret = bound.length === 0 ? '' : `\nreturn { ${bound.join(', ')} };`;
      lines.push(`${handed}s.parallel((p) => {\n${inner.join('\n')}${ret}\n});`);
    }
  });
  const outs = compositeOutputs(ctx, t, resolve);
  if (outs.set !== undefined) lines.push(`s.outputs(${outs.set.text});`);
  const spec = compositeSpec(t, 'steps', parts.inputs, outs.decl, parts.retryStrategy, parts.fieldResolve);
  return code(`${use(ctx, 'steps')}(${quote(t.name ?? '')}, ${spec === undefined ? '' : `${spec}, `}${bodyParams('s', parts)} => {\n${lines.join('\n')}\n})`);
};
