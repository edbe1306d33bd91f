// Writes one template as a `const`, after the templates it calls (declared before first use), and
// resolves what a call runs: a template of this document, an inline one, or a library's by `templateRef`.
import type { DAGTask, Template as ArgoTemplate, TemplateRef, WorkflowStep } from '../../argo-model/generated/argo-types.js';
import type { Callee } from './call-emitter.js';
import { emitDag, emitSteps, type CalleeOf } from './composite-emitters.js';
import { inputsRecord, jsonListCodec, paramDecl, artifactDecl, record } from './declarations.js';
import { ConvertError, use, type DocContext, type KnownLibrary, type OpenBody } from './emit-context.js';
import { leafEmitters, type LeafKind } from './leaf-emitters.js';
import { planTemplates, type TemplatePlan } from './param-types.js';
import { resolvers } from './ref-expressions.js';
import { inputResolver, ownOutputParamResolver, workflowResolver } from './scope-resolvers.js';
import { call, code, comment, literal, quote, type Code } from './ts-code.js';

const LEAF_KINDS: ReadonlyArray<LeafKind> = ['container', 'script', 'resource', 'suspend', 'http', 'containerSet', 'data', 'plugin'];

const kindOf = (t: ArgoTemplate): LeafKind | 'dag' | 'steps' | undefined =>
  t.dag !== undefined ? 'dag' : t.steps !== undefined ? 'steps' : LEAF_KINDS.find((k) => t[k] !== undefined);

const RESULT_KINDS = new Set(['container', 'script', 'http', 'containerSet', 'data', 'plugin']);

/** A leaf's outputs record (`result` apart). */
const leafOutputs = (ctx: DocContext, t: ArgoTemplate, plan: TemplatePlan | undefined): Code | undefined => {
  const out: Record<string, Code> = {};
  for (const p of t.outputs?.parameters ?? []) {
    // A declared `result` is what `out.result` reads, unless the template's stdout is read too.
    if (p.name === 'result' && plan?.result !== undefined) {
      throw new ConvertError(`template '${t.name ?? ''}' declares an output parameter named 'result', and its stdout (outputs.result) is read too; tiphys reads one of them as \`out.result\``);
    }
    out[p.name] = paramDecl(ctx, p, plan?.jsonOutputs.get(p.name) ?? 'string');
  }
  for (const a of t.outputs?.artifacts ?? []) out[a.name] = artifactDecl(ctx, a);
  return record(Object.keys(out).length > 0 ? out : undefined);
};

/** A library template of another module or of this one, or a stand-in declared here when unknown. */
const libraryCallee = (ctx: DocContext, ref: TemplateRef, via: string): Callee => {
  const name = ref.name ?? '';
  const wanted = ref.template ?? '';
  let lib: KnownLibrary | undefined = ctx.module.libraries.get(name) ?? ctx.module.external.get(name);
  if (lib !== undefined && lib.from !== undefined && !ctx.module.libraries.has(name)) {
    const names = ctx.module.moduleImports.get(lib.from) ?? new Set<string>();
    names.add(lib.id);
    ctx.module.moduleImports.set(lib.from, names);
    ctx.module.libraries.set(name, lib);
  }
  const found = lib?.templates.get(wanted);
  if (lib !== undefined && found !== undefined) return { expr: `${lib.id}.templates.${found.key}`, template: found.template, plan: found.plan };
  throw new ConvertError(
    `${via} runs template '${wanted}' of ${ref.clusterScope === true ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate'} '${name}', which is not among the files converted; convert them together`,
  );
};

/** A template written already, if its identifier is visible here (one declared in a recursive body is visible in it only). */
const written = (ctx: DocContext, name: string): string | undefined => {
  const id = ctx.consts.get(name);
  const owner = ctx.scoped.get(name);
  if (id === undefined || owner === undefined || ctx.open.includes(owner)) return id;
  throw new ConvertError(`template '${name}' runs '${owner.name}', which runs it again, so it is written inside '${owner.name}'; it is also called from elsewhere, which the converter cannot write yet`);
};

/** Writes `t` (and what it calls) unless written already; returns its identifier (`self` in its own body). */
export const emitTemplate = (ctx: DocContext, t: ArgoTemplate, id?: string): string => {
  const name = t.name ?? '';
  const done = written(ctx, name);
  if (done !== undefined) return done;
  const running = ctx.open.find((b) => b.name === name);
  if (running !== undefined) return (running.self ??= ctx.module.names.fresh('self'));
  const plan = ctx.plans.get(name);
  const kind = kindOf(t);
  if (kind === undefined) throw new ConvertError(`template '${name}' has no body (container, script, dag, steps, ...)`);
  const wf = workflowResolver(ctx);
  const inputs = record(inputsRecord(ctx, t, plan, wf));
  const retryStrategy = t.retryStrategy === undefined ? undefined : code(literal(t.retryStrategy));
  let value: Code;
  if (kind === 'dag' || kind === 'steps') {
    const calleeOf = calleeFor(ctx, `template '${name}'`);
    const body: OpenBody = { name, lines: [] };
    const parts = {
      ...(inputs !== undefined && { inputs }),
      ...(retryStrategy !== undefined && { retryStrategy }),
      resolve: resolvers(inputResolver(t, plan), wf),
      fieldResolve: resolvers(inputResolver(t, plan), wf),
      calleeOf,
      body,
    };
    ctx.open.push(body);
    try {
      value = kind === 'dag' ? emitDag(ctx, t, parts) : emitSteps(ctx, t, parts);
    } finally {
      ctx.open.pop();
    }
  } else {
    const result =
      plan?.result === undefined || !RESULT_KINDS.has(kind)
        ? undefined
        : plan.result === 'string'
          ? code(`${use(ctx, 'param')}.string()`)
          : call(`${use(ctx, 'param')}.json`, jsonListCodec(ctx, plan.result));
    const outputs = leafOutputs(ctx, t, plan);
    const header = { name, ...(inputs !== undefined && { inputs }), ...(outputs !== undefined && { outputs }), ...(result !== undefined && { result }), ...(retryStrategy !== undefined && { retryStrategy }) };
    value = leafEmitters[kind](ctx, t, header, resolvers(inputResolver(t, plan, 'i', true), ownOutputParamResolver(t), wf));
  }
  const constName = id ?? ctx.module.names.fresh(name);
  // A type the YAML suggests but a caller's argument does not fit would fail tsc: said where it is declared.
  const notes = [...(plan?.demoted ?? [])].map(([input, why]) => `input '${input}' is a string: it reads as ${why}`);
  // A template that runs one being written (mutual recursion) is declared in that one's body, where its `self` is.
  const owner = [...ctx.open].reverse().find((b) => ctx.reaches(name, b.name));
  if (owner !== undefined) ctx.scoped.set(name, owner);
  (owner?.lines ?? ctx.module.statements).push(`${notes.length > 0 ? `${comment(notes.join('\n'))}\n` : ''}const ${constName} = ${value.text};`);
  ctx.consts.set(name, constName);
  return constName;
};

/** What the calls of `caller` (a template, or the workflow's hooks) run. */
export const calleeFor =
  (ctx: DocContext, caller: string): CalleeOf =>
  (c) =>
    callee(ctx, c, caller);

/** What a task, step or hook runs. */
const callee = (ctx: DocContext, c: DAGTask | WorkflowStep, caller: string): Callee => {
  const via = `${caller}, call '${c.name ?? ''}'`;
  if (c.templateRef !== undefined) return libraryCallee(ctx, c.templateRef, via);
  if (c.inline !== undefined) {
    const inline: ArgoTemplate = { ...c.inline, name: `${caller}-${c.name ?? 'inline'}` };
    const plan = planTemplates([inline]).get(inline.name ?? '');
    const local: DocContext = { ...ctx, plans: new Map([...ctx.plans, [inline.name ?? '', plan!]]) };
    return { expr: emitTemplate(local, inline), template: inline, plan };
  }
  const target = ctx.templates.get(c.template ?? '');
  if (target === undefined) throw new ConvertError(`${via} runs template '${c.template ?? ''}', which the document does not define`);
  return { expr: emitTemplate(ctx, target), template: target, plan: ctx.plans.get(target.name ?? '') };
};

