// One task or step as a builder call: the template it runs, its arguments typed against that template's
// inputs, and its options (when, loops, depends, continueOn, exit handlers, hooks).
import type { Artifact as ArgoArtifact, DAGTask, Template as ArgoTemplate, WorkflowStep } from '../../argo-model/generated/argo-types.js';
import { NODE_PHASES } from '../../core/phase.js';
import { ConvertError, use, type DocContext } from './emit-context.js';
import { expressionCode, wholeExpression } from './expression-code.js';
import { artifactFields } from './declarations.js';
import { dataExpr } from './field-values.js';
import { fitsLiteral, readsItemFields, type InferredType, type TemplatePlan } from './param-types.js';
import { asString, stringExpr, type RefExpr, type RefType, type Resolver } from './ref-expressions.js';
import { call, code, literal, member, type Code } from './ts-code.js';

/** A template a call runs: the expression naming it, and what the converter knows of it. */
export interface Callee {
  readonly expr: string;
  readonly template: ArgoTemplate;
  readonly plan: TemplatePlan | undefined;
}

/** The type an item of a loop has, from the items themselves. */
const itemType = (values: ReadonlyArray<unknown>): RefType => {
  const kinds = new Set(values.map((v) => typeof v));
  if (kinds.size !== 1) return 'unknown';
  const [k] = kinds;
  return k === 'string' ? 'string' : k === 'number' ? 'number' : k === 'boolean' ? 'boolean' : 'unknown';
};

/** A `withParam` that is a JSON list written out (no ref), when tiphys renders the list back as the same text. */
const literalList = (text: string | undefined): ReadonlyArray<unknown> | undefined => {
  if (text === undefined || text.includes('{{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && JSON.stringify(parsed) === text ? parsed : undefined;
  } catch {
    return undefined;
  }
};

/** `item`, `item.x` in a loop's arguments: typed from `withItems`, `unknown` from `withParam`. */
export const itemResolver =
  (c: DAGTask | WorkflowStep): Resolver =>
  (key) => {
    if (c.withItems === undefined && c.withParam === undefined && c.withSequence === undefined) return undefined;
    if (key !== 'item' && !key.startsWith('item.')) return undefined;
    const path = key === 'item' ? [] : key.slice('item.'.length).split('.');
    const text = path.reduce((acc, p) => member(acc, p), 'item');
    if (c.withSequence !== undefined) return path.length === 0 ? { text, type: 'number' } : undefined;
    const items = c.withItems ?? literalList(c.withParam);
    if (items === undefined) return { text, type: 'unknown' };
    const values = items.map((v) => path.reduce<unknown>((acc, p) => (typeof acc === 'object' && acc !== null ? (acc as Record<string, unknown>)[p] : undefined), v));
    if (values.some((v) => v === undefined)) return undefined;
    return { text, type: itemType(values) };
  };

const PARSED: Readonly<Record<InferredType, (v: string) => unknown>> = {
  string: (v) => v,
  enum: (v) => v,
  int: Number,
  number: Number,
  boolean: (v) => v === 'true',
  json: (v) => JSON.parse(v) as unknown,
  records: (v) => JSON.parse(v) as unknown,
};

/** One parameter argument against the callee's input type. */
const paramArg = (value: string, type: InferredType, resolve: Resolver): Code => {
  const e = stringExpr(value, resolve);
  if (e.type === 'text' && !value.includes('{{') && type !== 'string' && fitsLiteral(type, value)) return code(literal(PARSED[type](value)));
  if (e.type !== 'text' && (e.type === 'string' ? type === 'string' || type === 'enum' : e.type === (type === 'json' || type === 'records' ? 'list' : type === 'int' ? 'number' : type))) {
    return e.code;
  }
  return asString(e);
};

const LOCATIONS = ['s3', 'gcs', 'azure', 'oss', 'hdfs', 'artifactory', 'git', 'http', 'raw', 'plugin'] as const;

/** An artifact argument: another node's artifact (`A.out.x`), or a location (`s3({...})`, `raw('...')`). */
export const artifactArg = (ctx: DocContext, a: ArgoArtifact, resolve: Resolver): Code => {
  const { from, ...fields } = artifactFields(a);
  const via = new Set<'i' | 'o'>();
  if (typeof from === 'string') {
    const e = stringExpr(from, resolve);
    const ref = e.type === 'artifact' ? e.code : code(`${use(ctx, 'expr')}<${typeUse(ctx, 'Artifact')}>(${literal(from.replace(/^\{\{\s*|\s*\}\}$/g, ''))})`);
    return Object.keys(fields).length === 0 ? ref : call(use(ctx, 'fromArtifact'), ref, dataExpr(fields, resolve, via));
  }
  const kind = LOCATIONS.find((k) => fields[k] !== undefined);
  if (kind === undefined) return dataExpr(fields, resolve, via);
  const { [kind]: location, ...opts } = fields;
  const rest = Object.keys(opts).length > 0 ? dataExpr(opts, resolve, via) : undefined;
  if (kind === 'raw') return call(use(ctx, 'raw'), dataExpr((location as { data: string }).data, resolve, via), rest);
  if (kind === 'http') {
    const { url, ...http } = location as { url: string };
    return call(use(ctx, 'httpArtifact'), dataExpr(url, resolve, via), Object.keys(http).length > 0 || rest !== undefined ? dataExpr(http, resolve, via) : undefined, rest);
  }
  return call(use(ctx, kind === 'plugin' ? 'pluginArtifact' : kind), dataExpr(location, resolve, via), rest);
};

export const typeUse = (ctx: DocContext, name: string): string => {
  ctx.module.typeImports.add(name);
  return name;
};

/** The argument record of a call; inputs the callee does not declare go to `extraArgs`. */
export const callArgs = (
  ctx: DocContext,
  c: { readonly arguments?: DAGTask['arguments'] },
  callee: Callee,
  resolve: Resolver,
  extraResolve: Resolver = resolve,
): { readonly args: Code; readonly extra?: Code } => {
  const declared = new Set((callee.template.inputs?.parameters ?? []).map((p) => p.name));
  const args: Record<string, Code> = {};
  const extra: Record<string, Code> = {};
  for (const p of c.arguments?.parameters ?? []) {
    const cm = p.valueFrom?.configMapKeyRef;
    if (p.valueFrom !== undefined && (cm === undefined || Object.keys(p.valueFrom).length > 1)) {
      throw new ConvertError(`argument '${p.name}' takes its value from ${Object.keys(p.valueFrom).join(', ')}, which tiphys has no form of (an argument may read a ConfigMap key only)`);
    }
    const value = p.value ?? '';
    // The planner types an input a ConfigMap feeds as a string, which `configMapKey(...)` fits.
    if (cm !== undefined && declared.has(p.name)) args[p.name] = call(use(ctx, 'configMapKey'), cm.name ?? '', cm.key, cm.optional === undefined ? undefined : { optional: cm.optional });
    else if (declared.has(p.name)) args[p.name] = paramArg(value, callee.plan?.inputs.get(p.name) ?? 'string', resolve);
    else if (cm !== undefined) throw new ConvertError(`argument '${p.name}' reads a ConfigMap key but template '${callee.template.name ?? ''}' has no input '${p.name}'`);
    else extra[p.name] = asString(stringExpr(value, extraResolve));
  }
  for (const a of c.arguments?.artifacts ?? []) args[a.name] = artifactArg(ctx, a, resolve);
  return { args: code(literal(args)), ...(Object.keys(extra).length > 0 && { extra: code(literal(extra)) }) };
};

/** `withItems`, `withParam`, `withSequence` as options. */
export const loopOptions = (ctx: DocContext, c: DAGTask | WorkflowStep, resolve: Resolver): Record<string, Code> => {
  if (c.withItems !== undefined) return { withItems: code(literal(c.withItems)) };
  if (c.withParam !== undefined) {
    if (!c.withParam.includes('{{')) {
      const list = literalList(c.withParam);
      if (list === undefined) throw new ConvertError(`call '${c.name ?? ''}': withParam holds text that is neither a ref nor a JSON list written compactly (tiphys writes a literal list back as compact JSON)`);
      return { withParam: code(literal(list)) };
    }
    const fields = readsItemFields(c.arguments?.parameters ?? []);
    const item = fields ? 'Readonly<Record<string, unknown>>' : 'unknown';
    const computed = wholeExpression(c.withParam);
    if (computed !== undefined) return { withParam: code(expressionCode(ctx, computed, resolve, `ReadonlyArray<${item}>`).text) };
    const e = stringExpr(c.withParam, resolve);
    if (e.type === 'list' || e.type === 'outputs' || (e.type === 'looped' && !fields)) return { withParam: e.code };
    const key = c.withParam.trim().replace(/^\{\{\s*/, '').replace(/\s*\}\}$/, '');
    return { withParam: code(`${use(ctx, 'expr')}<ReadonlyArray<${item}>>(${literal(key)})`) };
  }
  if (c.withSequence !== undefined) {
    const seq: Record<string, Code> = {};
    for (const [k, v] of Object.entries(c.withSequence)) {
      if (v === undefined) continue;
      if (k === 'format') seq[k] = code(literal(v));
      else if (typeof v === 'string' && /^-?[0-9]+$/.test(v)) seq[k] = code(v);
      else {
        const e = stringExpr(String(v), resolve);
        seq[k] = e.type === 'number' ? e.code : code(`${use(ctx, 'expr')}<number>(${literal(String(v).replace(/^\{\{\s*|\s*\}\}$/g, ''))})`);
      }
    }
    return { withSequence: code(literal(seq)) };
  }
  return {};
};

/** A call's fields every node has (`A.ip`, `A.id`, `A.startedAt`, ...), text refs. */
const NODE_FIELDS: ReadonlySet<string> = new Set(['ip', 'id', 'startedAt', 'finishedAt', 'hostNodeName']);

/** Resolvers of earlier calls' outputs: `tasks.A.outputs.parameters.p` → `a.out.p`. */
export const handleResolver =
  (owner: 'tasks' | 'steps', handles: ReadonlyMap<string, { readonly id: string; readonly callee: Callee; readonly looped: boolean }>): Resolver =>
  (key): RefExpr | undefined => {
    if (!key.startsWith(`${owner}.`)) return undefined;
    const rest = key.slice(owner.length + 1);
    for (const [name, h] of handles) {
      if (!rest.startsWith(`${name}.`)) continue;
      const field = rest.slice(name.length + 1);
      const { template, plan } = h.callee;
      if (NODE_FIELDS.has(field)) return { text: `${h.id}.${field}`, type: 'string' };
      if (field === 'status') return { text: `${h.id}.status`, type: 'string', members: NODE_PHASES };
      // A looped call's outputs are lists of each iteration's: typed, but not as the template declares them.
      const looped = (type: RefType): RefType => (h.looped ? 'looped' : type);
      // Every iteration's output parameters as one list (`A.out.$all`): only a looped call has it.
      if (field === 'outputs.parameters' && h.looped) return { text: `${h.id}.out.$all`, type: 'outputs' };
      if (field === 'outputs.result' && plan?.result !== undefined) return { text: `${h.id}.out.result`, type: looped(plan.result === 'string' ? 'string' : 'list') };
      const m = /^outputs\.(parameters|artifacts)\.(.+)$/.exec(field);
      if (m === null) continue;
      const [, what, out = ''] = m;
      if (what === 'parameters' && (template.outputs?.parameters ?? []).some((p) => p.name === out)) {
        return { text: member(`${h.id}.out`, out), type: looped(plan?.jsonOutputs.has(out) === true ? 'list' : 'string') };
      }
      if (what === 'artifacts' && (template.outputs?.artifacts ?? []).some((a) => a.name === out)) {
        return { text: member(`${h.id}.out`, out), type: looped('artifact') };
      }
    }
    return undefined;
  };
