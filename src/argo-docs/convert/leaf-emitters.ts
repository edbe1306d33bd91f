// The templates that run something themselves (container, script, resource, suspend, http, containerSet,
// data, plugin): each a builder call with its own fields, its inputs as refs, Argo's other fields as options.
import type { EnvVar } from '../../argo-model/generated/k8s-types.js';
import type { Template as ArgoTemplate } from '../../argo-model/generated/argo-types.js';
import { use, type DocContext } from './emit-context.js';
import { dataExpr, fieldExpr, fieldOptions, fromInputs } from './field-values.js';
import { resolvers, type Resolver } from './ref-expressions.js';
import { call, code, literal, propertyKey, quote, type Code } from './ts-code.js';

/** Argo's `env` list as the record the builders take, or `undefined` when a name repeats (then it stays a list). */
const envRecord = (ctx: DocContext, env: ReadonlyArray<EnvVar>, resolve: Resolver, via: Set<'i' | 'o'>): Code | undefined => {
  if (new Set(env.map((e) => e.name)).size !== env.length) return undefined;
  const entries = env.map((e) => {
    const vf = e.valueFrom;
    const sel = vf?.secretKeyRef ?? vf?.configMapKeyRef;
    const only = vf !== undefined && Object.keys(vf).length === 1;
    let value: string;
    if (vf === undefined) value = dataExpr(e.value ?? '', resolve, via).text;
    else if (only && sel !== undefined && typeof sel.name === 'string' && Object.keys(sel).every((k) => ['name', 'key', 'optional'].includes(k))) {
      const fn = use(ctx, vf.secretKeyRef !== undefined ? 'secretKey' : 'configMapKey');
      value = call(fn, sel.name, sel.key, sel.optional === undefined ? undefined : { optional: sel.optional }).text;
    } else value = `{ valueFrom: ${dataExpr(vf, resolve, via).text} }`;
    return `${propertyKey(e.name)}: ${value}`;
  });
  return code(`{ ${entries.join(', ')} }`);
};

/** The builder options of a container body: image, command, args, env, every other container field. */
export const containerOptions = (ctx: DocContext, c: object, resolve: Resolver, wrap: boolean): Record<string, Code> => {
  const out: Record<string, Code> = {};
  for (const [k, v] of Object.entries(c)) {
    if (v === undefined || k === 'name') continue;
    if (k === 'env') {
      const via = new Set<'i' | 'o'>();
      const rec = envRecord(ctx, v as ReadonlyArray<EnvVar>, resolve, via);
      if (rec !== undefined) {
        out[k] = wrap ? fromInputs(rec, via) : rec;
        continue;
      }
      ctx.escapes.push(`env '${String((v as ReadonlyArray<EnvVar>)[0]?.name)}' repeats a name: set as a list through the container patch`);
      out['patch'] = code(`{ container: { env: ${dataExpr(v, resolve, new Set()).text} } }`);
      continue;
    }
    if (wrap) out[k] = fieldExpr(v, resolve);
    else out[k] = dataExpr(v, resolve, new Set());
  }
  return out;
};

/** The template fields besides `name`, `inputs`, `outputs`, `retryStrategy` and the body, as options. */
export const templateOptions = (t: ArgoTemplate, body: string, resolve: Resolver, renames: Readonly<Record<string, string>> = {}): Record<string, Code> => {
  const skip = new Set(['name', 'inputs', 'outputs', 'retryStrategy', body]);
  const rest = Object.fromEntries(Object.entries(t).filter(([k]) => !skip.has(k)).map(([k, v]) => [renames[k] ?? k, v]));
  return fieldOptions(rest, resolve);
};

export interface LeafHeader {
  readonly name: string;
  readonly inputs?: Code;
  readonly outputs?: Code;
  readonly result?: Code;
  readonly retryStrategy?: Code;
}

const spec = (header: LeafHeader, own: Record<string, Code>, fields: Record<string, Code>): Code =>
  code(literal({ name: header.name, inputs: header.inputs, ...own, outputs: header.outputs, result: header.result, retryStrategy: header.retryStrategy, ...fields }));

const LEAF_RENAMES = { securityContext: 'podSecurityContext' };

/** One builder per leaf kind; `resolve` reads the template's inputs (through `i`) and own artifacts (`o`). */
export const leafEmitters = {
  container: (ctx: DocContext, t: ArgoTemplate, h: LeafHeader, resolve: Resolver): Code =>
    call(use(ctx, 'container'), spec(h, containerOptions(ctx, t.container ?? {}, resolve, true), templateOptions(t, 'container', resolve, LEAF_RENAMES))),
  script: (ctx: DocContext, t: ArgoTemplate, h: LeafHeader, resolve: Resolver): Code =>
    call(use(ctx, 'script'), spec(h, containerOptions(ctx, t.script ?? { image: '', source: '' }, resolve, true), templateOptions(t, 'script', resolve, LEAF_RENAMES))),
  resource: (ctx: DocContext, t: ArgoTemplate, h: LeafHeader, resolve: Resolver): Code =>
    call(use(ctx, 'resource'), spec(h, fieldOptions({ ...t.resource }, resolve), templateOptions(t, 'resource', resolve))),
  suspend: (ctx: DocContext, t: ArgoTemplate, h: LeafHeader, resolve: Resolver): Code =>
    call(use(ctx, 'suspend'), spec(h, fieldOptions({ ...t.suspend }, resolve), templateOptions(t, 'suspend', resolve))),
  http: (ctx: DocContext, t: ArgoTemplate, h: LeafHeader, resolve: Resolver): Code => {
    const { headers, ...rest } = t.http ?? { url: '' };
    const own = fieldOptions(rest, resolve);
    if (headers !== undefined) {
      const via = new Set<'i' | 'o'>();
      const rec = envRecord(ctx, headers as ReadonlyArray<EnvVar>, resolve, via);
      if (rec !== undefined) own['headers'] = fromInputs(rec, via);
    }
    return call(use(ctx, 'http'), spec(h, own, templateOptions(t, 'http', resolve)));
  },
  data: (ctx: DocContext, t: ArgoTemplate, h: LeafHeader, resolve: Resolver): Code =>
    call(use(ctx, 'data'), spec(h, fieldOptions({ ...t.data }, resolve), templateOptions(t, 'data', resolve))),
  plugin: (ctx: DocContext, t: ArgoTemplate, h: LeafHeader, resolve: Resolver): Code =>
    call(use(ctx, 'plugin'), spec(h, { plugin: fieldExpr(t.plugin ?? {}, resolve) }, templateOptions(t, 'plugin', resolve))),
  containerSet: (ctx: DocContext, t: ArgoTemplate, h: LeafHeader, resolve: Resolver): Code => {
    const set = t.containerSet ?? { containers: [] };
    const handles = new Map<string, string>();
    const local = resolvers(resolve);
    const lines = set.containers.map((c) => {
      const { name, dependencies, ...rest } = c as typeof c & { readonly dependencies?: ReadonlyArray<string> };
      const opts: Record<string, Code> = containerOptions(ctx, rest, local, false);
      if (dependencies !== undefined) opts['dependencies'] = code(`[${dependencies.map((d) => handles.get(d) ?? quote(d)).join(', ')}]`);
      const used = set.containers.some((o) => ((o as { readonly dependencies?: ReadonlyArray<string> }).dependencies ?? []).includes(name));
      const id = used ? ctx.module.names.fresh(name) : undefined;
      if (id !== undefined) handles.set(name, id);
      return `${id === undefined ? '' : `const ${id} = `}c.container(${quote(name)}, ${literal(opts)});`;
    });
    const params = t.inputs?.parameters !== undefined || t.inputs?.artifacts !== undefined ? '(c, i)' : '(c)';
    const own: Record<string, Code> = {
      ...(set.volumeMounts !== undefined && { volumeMounts: fieldExpr(set.volumeMounts, resolve) }),
      ...(set.retryStrategy !== undefined && { retryStrategy: fieldExpr(set.retryStrategy, resolve) }),
      containers: code(`${params} => {\n${lines.join('\n')}\n}`),
    };
    const built = call(use(ctx, 'containerSet'), spec(withoutRetry(h), own, templateOptions(t, 'containerSet', resolve)));
    return h.retryStrategy === undefined ? built : call(use(ctx, 'withRetry'), built, h.retryStrategy);
  },
} as const;

/** The header of a containerSet: its `retryStrategy` option is the set's own, so the template's goes through `withRetry`. */
const withoutRetry = ({ retryStrategy: _, ...h }: LeafHeader): LeafHeader => h;

export type LeafKind = keyof typeof leafEmitters;
