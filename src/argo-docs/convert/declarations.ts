// Inputs and outputs as `param.*()` and `artifact()` declarations, typed as planned.
import type { Artifact as ArgoArtifact, Parameter, Template as ArgoTemplate } from '../../argo-model/generated/argo-types.js';
import { use, type DocContext } from './emit-context.js';
import type { InferredType, TemplatePlan } from './param-types.js';
import { asText, stringExpr, type Resolver } from './ref-expressions.js';
import { call, code, literal, type Code } from './ts-code.js';

/** The io-ts codec of a JSON list (of objects, when a loop reads fields of its items); the module imports io-ts for it. */
export const jsonListCodec = (ctx: DocContext, type: 'json' | 'records'): Code => {
  ctx.module.ioTs = true;
  return code(type === 'records' ? 't.array(t.UnknownRecord)' : 't.array(t.unknown)');
};

const parsed = (type: InferredType, v: string | undefined): unknown => {
  if (v === undefined) return undefined;
  if (type === 'int' || type === 'number') return Number(v);
  if (type === 'boolean') return v === 'true';
  if (type === 'json' || type === 'records') return JSON.parse(v) as unknown;
  return v;
};

/**
 * `supplied: {}` is the DSL's `supplied: true`; everything else of `valueFrom` is an option as it is (an
 * input's `configMapKeyRef` too; a source only outputs take is left for \`tiphys build\` to report).
 */
const sourceOptions = (p: Parameter): Record<string, unknown> => {
  const { supplied, default: def, ...rest } = p.valueFrom ?? {};
  return { ...rest, ...(supplied !== undefined && { supplied: true }), ...(def !== undefined && p.default === undefined && { default: def }) };
};

/**
 * One parameter: `param.string()`, `param.int({ default: 3 })`, `param.enum('a', 'b')`, ... A fixed
 * `value` reads refs through `resolve` when given (an input's value may read the globals).
 */
export const paramDecl = (ctx: DocContext, p: Parameter, type: InferredType, resolve?: Resolver): Code => {
  use(ctx, 'param');
  const source = sourceOptions(p);
  const def = p.default ?? (source['default'] as string | undefined);
  const common = {
    ...(p.description !== undefined && { description: p.description }),
    ...(p.globalName !== undefined && { globalName: p.globalName }),
    ...Object.fromEntries(Object.entries(source).filter(([k]) => k !== 'default')),
  };
  if (type === 'enum' && p.enum !== undefined) {
    if (def === undefined && Object.keys(common).length === 0) return call('param.enum', ...p.enum);
    if (def !== undefined) return call('param.enumWithDefault', p.enum, def, Object.keys(common).length > 0 ? common : undefined);
  }
  const opts = {
    ...(def !== undefined && { default: parsed(type, def) }),
    ...(p.value !== undefined && { value: resolve === undefined || type !== 'string' ? parsed(type, p.value) : asText(stringExpr(p.value, resolve)) }),
    ...(p.enum !== undefined && { enum: p.enum }),
    ...common,
  };
  const given = Object.keys(opts).length > 0 ? opts : undefined;
  if (type === 'json' || type === 'records') return call('param.json', jsonListCodec(ctx, type), given);
  const fn = type === 'enum' ? 'string' : type;
  return call(`param.${fn}`, given);
};

/** `archive: {none: {}}` is `archive: 'none'`; `name` is the record key. */
export const artifactFields = (a: ArgoArtifact): Record<string, unknown> => {
  const { name: _, archive, ...rest } = a;
  const keys = archive === undefined ? [] : Object.keys(archive);
  const short = keys.length === 1 && ['none', 'tar', 'zip'].includes(keys[0]!) && Object.keys((archive as Record<string, object>)[keys[0]!]!).length === 0;
  return { ...rest, ...(archive !== undefined && { archive: short ? keys[0] : archive }) };
};

export const artifactDecl = (ctx: DocContext, a: ArgoArtifact, fields: Record<string, unknown> = artifactFields(a)): Code => {
  use(ctx, 'artifact');
  return Object.keys(fields).length === 0 ? code('artifact()') : call('artifact', fields);
};

/** The `inputs` record of a template; `resolve` reads what their fixed values refer to (the workflow's variables). */
export const inputsRecord = (ctx: DocContext, t: ArgoTemplate, plan: TemplatePlan | undefined, resolve: Resolver): Record<string, Code> | undefined => {
  const out: Record<string, Code> = {};
  for (const p of t.inputs?.parameters ?? []) out[p.name] = paramDecl(ctx, p, plan?.inputs.get(p.name) ?? 'string', resolve);
  for (const a of t.inputs?.artifacts ?? []) out[a.name] = artifactDecl(ctx, a);
  return Object.keys(out).length > 0 ? out : undefined;
};

/** A record as an object literal, or `undefined` when it has no entry. */
export const record = (r: Record<string, unknown> | undefined): Code | undefined => (r === undefined ? undefined : code(literal(r)));
