import type { Problem } from '../../core/problem.js';
import { matchTemplate, type TemplateMatch } from '../../core/match-template.js';
import type { ArgNode, CallNode, HookNode, TemplateNode } from '../../core/template-node.js';
import { hasFallback } from '../../core/param.js';
import { hasTag, scanInputRefs, scanNodeRefs } from '../../core/tag-scanner.js';
import { typedSources, type RefSource, type Scope } from '../../core/scope.js';
import { artifactRefs, checkArtifactArguments } from './render-artifact.js';
import { conditionRefs, type ConditionNode } from '../../core/condition-node.js';
import { renderCondition } from './render-flow.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';

/** A call's `when` as Argo reads it. */
export const whenText = (w: string | ConditionNode): string => (typeof w === 'string' ? w : renderCondition(w));

/** Where a call sits: the dag or steps template, and which of its calls it may refer to. */
export interface CallScope {
  readonly template: TemplateNode;
  readonly owner: 'tasks' | 'steps';
  /** Scopes whose output refs count as this template's own (steps made with `step()` share one). */
  readonly scopes: ReadonlySet<Scope>;
  /** The calls this call may read from, by name. */
  readonly visible: ReadonlyMap<string, TemplateNode>;
  /** All calls of the template, to tell "later step" from "no such step". */
  readonly all: ReadonlyMap<string, TemplateNode>;
  /** The calls that fan out over a loop: Argo gathers their parameters and results, never their artifacts. */
  readonly looped: ReadonlySet<string>;
}

const noun = (owner: 'tasks' | 'steps'): string => (owner === 'tasks' ? 'task' : 'step');

/** How messages name a template of each kind: "dag 'main'". */
export const kindNames: TemplateMatch<string> = {
  Container: () => 'container',
  Script: () => 'script',
  Dag: () => 'dag',
  Steps: () => 'steps',
  Suspend: () => 'suspend template',
  Resource: () => 'resource template',
  Http: () => 'http template',
  ContainerSet: () => 'container set',
  Data: () => 'data template',
  Plugin: () => 'plugin template',
  Stub: () => 'template on the cluster',
};

/** Whether a call of the template can read Argo's `outputs.result` (stdout, a response, the data). */
export const producesResult: TemplateMatch<boolean> = {
  Container: () => true,
  Script: () => true,
  Dag: () => false,
  Steps: () => false,
  Suspend: () => false,
  Resource: () => false,
  Http: () => true,
  ContainerSet: () => true,
  Data: () => true,
  Plugin: () => true,
  // What the stub declares: `tiphys stub` gives container and script templates a `result`.
  Stub: (t) => t.result !== undefined,
};

/** Whether a call of the template runs a pod of its own, and so has an `ip` (`{{tasks.X.ip}}`). */
export const runsPod: TemplateMatch<boolean> = {
  Container: () => true,
  Script: () => true,
  Dag: () => false,
  Steps: () => false,
  Suspend: () => false,
  Resource: () => true,
  Http: () => false,
  ContainerSet: () => true,
  Data: () => true,
  Plugin: () => false,
  Stub: (t) => t.pod,
};

const kindName = matchTemplate(kindNames);
const hasResult = matchTemplate(producesResult);
const hasPod = matchTemplate(runsPod);

/**
 * Every required input is passed, every argument names an input and has an Argo string form. `at` is
 * where the arguments sit in the call: `''` for its own, `hooks.exit.` for a hook's.
 */
const checkArguments = (
  call: Pick<CallNode, 'template' | 'arguments' | 'artifacts' | 'undefinedArgs'>,
  loc: { readonly template?: string; readonly task?: string },
  problems: Problem[],
  at = '',
): void => {
  const target = call.template;
  for (const { name, param } of target.inputs) {
    if (!hasFallback(param) && !call.arguments.some((a) => a.name === name)) {
      problems.push({
        ...loc,
        path: `${at}arguments.parameters.${name}`,
        message: call.undefinedArgs?.includes(name)
          ? `input '${name}' of template '${target.name}' was given undefined; a ref to an output or input that does not exist (a misspelled name such as \`task.out.reslt\`) reads as undefined`
          : `missing required input '${name}' of template '${target.name}'; pass it or give the input a default`,
      });
    }
  }
  for (const a of call.arguments) {
    const declared = target.inputs.some((p) => p.name === a.name);
    const path = `${at}arguments.parameters.${a.name}`;
    if (a.extra === true && declared) {
      problems.push({ ...loc, path, message: `extraArgs '${a.name}' is an input of template '${target.name}'; pass it with the arguments` });
    } else if (declared || a.extra === true) {
      const invalid = invalidArgument(a, target);
      if (invalid !== undefined) problems.push({ ...loc, path, message: invalid });
    } else {
      const takes = target.inputs.map((p) => p.name).join(', ') || 'nothing';
      problems.push({ ...loc, path, message: `template '${target.name}' has no input '${a.name}'; it takes: ${takes}` });
    }
  }
  const where = { ...loc, where: `${at}arguments` };
  checkArtifactArguments(call.artifacts, target, { ...where, ...(call.undefinedArgs && { undefinedArgs: call.undefinedArgs }) }, problems);
};

/** An argument the parameter's codec refused when the call was built, named for the reader. */
export const invalidArgument = (a: ArgNode, target: TemplateNode): string | undefined =>
  a.invalid === undefined ? undefined : `${a.extra === true ? 'extraArgs' : 'input'} '${a.name}' of template '${target.name}' ${a.invalid}`;


const loopedArtifact = (artifact: string, owner: 'tasks' | 'steps', node: string): string =>
  `reads artifact '${artifact}' of looped ${noun(owner)} '${node}', but Argo gathers only a loop's parameters and results, never its artifacts; store each iteration's artifact under a key of its own (s3({ key: \`out/\${item}\` })) and read them back from there`;

/** Names already reported through typed refs, so the scan of the rendered string skips them. */
export interface Reported {
  readonly nodes: ReadonlySet<string>;
  readonly inputs: ReadonlySet<string>;
}

export const NOTHING_REPORTED: Reported = { nodes: new Set(), inputs: new Set() };

/** Checks typed refs by identity; returns what it reported so the name scan does not repeat it. */
export const checkTypedRefs = (
  refs: ReadonlyArray<RefSource>,
  where: { readonly task?: string; readonly path: string },
  ctx: CallScope,
  problems: Problem[],
): Reported => {
  if (refs.length === 0) return NOTHING_REPORTED;
  const host = ctx.template.name;
  const foreign = { nodes: new Set<string>(), inputs: new Set<string>() };
  // An expression's text names a node but not what it reads of it, so the scan cannot tell a looped
  // call's artifact there: its typed refs do. Refs outside expressions render as tags the scan reads whole.
  const looped = new Set<string>();
  for (const e of refs) {
    if (e.kind !== 'expression') continue;
    for (const r of e.reads) {
      if (r.kind === 'output' && r.artifact === true && ctx.scopes.has(r.scope) && ctx.looped.has(r.node)) {
        looped.add(loopedArtifact(r.output, r.owner, r.node));
      }
    }
  }
  for (const message of looped) problems.push({ template: host, ...where, message });
  for (const r of typedSources(refs)) {
    if (r.kind === 'input' && r.scope !== ctx.template.scope) {
      foreign.inputs.add(r.name);
      problems.push({
        template: host,
        ...where,
        message: `uses input '${r.name}' of template '${r.scope.template}', which is not in scope here; declare '${r.name}' as an input of '${host}' and pass it in`,
      });
    }
    if (r.kind === 'output' && !ctx.scopes.has(r.scope)) {
      foreign.nodes.add(r.node);
      problems.push({
        template: host,
        ...where,
        message: `uses an output of ${noun(r.owner)} '${r.node}' of ${r.owner === 'tasks' ? 'dag' : 'steps'} '${r.scope.template}', which is not in scope here; pass it into '${host}' as an input instead`,
      });
    }
  }
  return foreign;
};

const checkField = (target: TemplateNode, node: string, field: string | undefined): string | undefined => {
  if (field === undefined) return undefined;
  const param = /^outputs\.parameters\.(.+)$/.exec(field)?.[1];
  if (param !== undefined && !target.outputs.some((o) => o.name === param)) {
    const has = target.outputs.map((o) => o.name).join(', ') || 'none';
    return `'${node}' (template '${target.name}') has no output parameter '${param}'; its outputs: ${has}`;
  }
  const artifact = /^outputs\.artifacts\.([^.]+)/.exec(field)?.[1];
  if (artifact !== undefined && !target.outputArtifacts?.some((o) => o.name === artifact)) {
    const has = target.outputArtifacts?.map((o) => o.name).join(', ') ?? 'none';
    return `'${node}' (template '${target.name}') has no output artifact '${artifact}'; its output artifacts: ${has}`;
  }
  if (field === 'outputs.result' && !hasResult(target)) {
    return `'${node}' runs ${kindName(target)} '${target.name}', which has no 'result' (only containers, scripts, container sets, http, data and plugin templates do)`;
  }
  if (field === 'exitCode' && !hasResult(target)) {
    return `'${node}' runs ${kindName(target)} '${target.name}', which has no 'exitCode' (only containers, scripts, container sets, http, data and plugin templates do)`;
  }
  if (field === 'ip' && !hasPod(target)) {
    return `'${node}' runs ${kindName(target)} '${target.name}', which has no pod and so no 'ip' (only containers, scripts, container sets, resource and data templates do)`;
  }
  return undefined;
};

/** Checks the `{{...}}` tags of one string of a call (an argument value or `when`) or of an output. */
export const checkString = (
  s: string,
  where: { readonly task?: string; readonly path: string },
  ctx: CallScope,
  skip: Reported,
  problems: Problem[],
): void => {
  if (!hasTag(s)) return;
  const host = ctx.template.name;
  for (const input of scanInputRefs(s)) {
    if (!skip.inputs.has(input) && !ctx.template.inputs.some((p) => p.name === input)) {
      problems.push({
        template: host,
        ...where,
        message: `refers to input '${input}', which ${kindName(ctx.template)} '${host}' does not declare`,
      });
    }
  }
  for (const r of scanNodeRefs(s)) {
    if (skip.nodes.has(r.node)) continue;
    if (r.owner !== ctx.owner) {
      problems.push({
        template: host,
        ...where,
        message: `refers to ${r.owner}.${r.node}, but in ${kindName(ctx.template)} '${host}' other calls are ${ctx.owner}.<name>`,
      });
      continue;
    }
    if (r.node === where.task) {
      problems.push({ template: host, ...where, message: `${noun(r.owner)} '${r.node}' refers to its own outputs` });
      continue;
    }
    const target = ctx.visible.get(r.node);
    if (target === undefined) {
      const later = ctx.all.has(r.node);
      problems.push({
        template: host,
        ...where,
        message: later
          ? `refers to step '${r.node}', which runs in the same or a later group; move it to an earlier group`
          : `refers to ${noun(r.owner)} '${r.node}', which is not a ${noun(r.owner)} of '${host}' (dangling reference)`,
      });
      continue;
    }
    const bad =
      r.field?.startsWith('outputs.artifacts.') === true && ctx.looped.has(r.node)
        ? loopedArtifact(r.field.slice('outputs.artifacts.'.length), r.owner, r.node)
        : checkField(target, r.node, r.field);
    if (bad !== undefined) problems.push({ template: host, ...where, message: bad });
  }
};

/** The exit handler and hooks of a call get what their templates require; `onExit` passes nothing. */
const checkExits = (call: CallNode, host: string, problems: Problem[]): void => {
  const exit = call.onExit;
  const required = exit?.inputs.filter((p) => !hasFallback(p.param)).map((p) => `'${p.name}'`) ?? [];
  if (exit !== undefined && required.length > 0) {
    problems.push({
      template: host,
      task: call.name,
      path: 'onExit',
      message: `template '${exit.name}' needs input ${required.join(', ')}, but onExit passes no arguments; use hooks: { exit: hook({ template, arguments }) }`,
    });
  }
  checkHooks(call.hooks, { template: host, task: call.name }, 'hooks.', problems);
};

/** Each hook passes what its template requires; `at` is where the hooks sit (`hooks.` of a call, `spec.hooks.`). */
export const checkHooks = (
  hooks: ReadonlyArray<{ readonly name: string; readonly hook: HookNode }> | undefined,
  loc: { readonly template?: string; readonly task?: string },
  at: string,
  problems: Problem[],
): void => {
  for (const { name, hook } of hooks ?? []) checkArguments(hook, loc, problems, `${at}${name}.`);
};

/** Checks a call's arguments, condition, loop, exit handler and hooks. */
export const checkCall = (call: CallNode, ctx: CallScope, problems: Problem[]): void => {
  checkArguments(call, { template: ctx.template.name, task: call.name }, problems);
  checkExits(call, ctx.template.name, problems);
  for (const a of call.arguments) {
    // Most arguments are literals: nothing to check, and nothing worth allocating a location for.
    if (a.refs.length === 0 && !hasTag(a.value)) continue;
    const where = { task: call.name, path: `arguments.parameters.${a.name}` };
    const foreign = checkTypedRefs(a.refs, where, ctx, problems);
    checkString(a.value, where, ctx, foreign, problems);
  }
  for (const a of artifactRefs(call)) {
    const where = { task: call.name, path: `arguments.artifacts.${a.name}` };
    const foreign = checkTypedRefs(a.value.refs, where, ctx, problems);
    for (const text of stringsIn(a.value.fields)) checkString(text, where, ctx, foreign, problems);
  }
  if (call.when !== undefined) {
    const where = { task: call.name, path: 'when' };
    const foreign = typeof call.when === 'string' ? NOTHING_REPORTED : checkTypedRefs(conditionRefs(call.when), where, ctx, problems);
    checkString(whenText(call.when), where, ctx, foreign, problems);
  }
  const loop = call.loop;
  if (loop !== undefined && loop.kind !== 'WithItems') {
    const where = { task: call.name, path: loop.kind === 'WithParam' ? 'withParam' : 'withSequence' };
    const foreign = checkTypedRefs(loop.refs, where, ctx, problems);
    const texts = loop.kind === 'WithParam' ? [loop.value] : [loop.count, loop.start, loop.end];
    for (const s of texts) if (s !== undefined) checkString(s, where, ctx, foreign, problems);
  }
};
