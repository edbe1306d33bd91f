// One Argo document as a tiphys value: `workflow({...})`, `workflowTemplate({...})`,
// `clusterWorkflowTemplate({...})` or `cronWorkflow({...})`, after the templates and globals it uses.
import type { ArgoDocument } from '../import/decode-argo-document.js';
import type { Arguments, Artifact as ArgoArtifact, Parameter, Template as ArgoTemplate, WorkflowSpec } from '../../argo-model/generated/argo-types.js';
import type { ObjectMeta } from '../../argo-model/generated/k8s-types.js';
import { scanTags } from '../../core/tag-scanner.js';
import { artifactArg, callArgs } from './call-emitter.js';
import { callGraph } from './call-graph.js';
import { paramDecl } from './declarations.js';
import { ConvertError, use, type DocContext, type KnownLibrary, type ModuleContext } from './emit-context.js';
import { dataExpr } from './field-values.js';
import { camelCase } from './naming.js';
import { planTemplates } from './param-types.js';
import { workflowResolver } from './scope-resolvers.js';
import { calleeFor, emitTemplate } from './template-emitter.js';
import { hooksRecord } from './composite-emitters.js';
import { stubLibraries } from './library-stubs.js';
import { code, literal, member, propertyKey, type Code } from './ts-code.js';

const METADATA = ['name', 'generateName', 'namespace', 'labels', 'annotations'] as const;

const metadataOptions = (m: ObjectMeta, label: string, allowed: ReadonlyArray<string> = METADATA): Record<string, unknown> => {
  const extra = Object.keys(m).filter((k) => !allowed.includes(k));
  if (extra.length > 0) throw new ConvertError(`metadata.${extra[0]} has no tiphys form (tiphys sets ${allowed.join(', ')})`);
  return Object.fromEntries(allowed.flatMap((k) => (m[k as keyof ObjectMeta] === undefined ? [] : [[k, m[k as keyof ObjectMeta]]])));
};

/** Whether any string of the document reads `workflow.parameters.*`. */
const readsGlobals = (v: unknown): boolean => {
  if (typeof v === 'string') return scanTags(v).tags.some((t) => t.key.includes('workflow.parameters'));
  if (Array.isArray(v)) return v.some(readsGlobals);
  return typeof v === 'object' && v !== null && Object.values(v).some(readsGlobals);
};

/** The templates of a spec by name, and the plans of their types; stubs of the libraries it calls that the module does not know. */
const docContext = (module: ModuleContext, label: string, templates: ReadonlyArray<ArgoTemplate>, args: Arguments | undefined, entrypoint: string | undefined): DocContext => {
  const entryArgs = new Map((args?.parameters ?? []).flatMap((p) => (p.value === undefined ? [] : [[p.name, p.value] as const])));
  const ctx: DocContext = {
    module,
    label,
    templates: new Map(templates.map((t) => [t.name ?? '', t])),
    plans: planTemplates(templates, entryArgs, entrypoint),
    consts: new Map(),
    open: [],
    reaches: callGraph(templates),
    scoped: new Map(),
    escapes: [],
    notes: [],
    whens: [],
  };
  stubLibraries(ctx, templates);
  return ctx;
};

const GLOBAL_READ = /\{\{\s*=?[^}]*?\bworkflow\.parameters\.([-\w]+)/g;

/** The global parameters a document reads that its `spec.arguments` does not declare (`workflow.parameters.json` is Argo's own). */
const undeclaredGlobals = (spec: unknown, declared: ReadonlyArray<Parameter>): ReadonlyArray<string> => [
  ...new Set([...JSON.stringify(spec).matchAll(GLOBAL_READ)].map((m) => m[1] ?? '').filter((n) => n !== 'json' && !declared.some((p) => p.name === n))),
];

/**
 * Global parameters as `const g = globals({...})` (`base` names the const); `{{workflow.parameters.x}}` then
 * reads `g.x`, and the globals the context knew already still resolve.
 */
const declareGlobals = (ctx: DocContext, args: Arguments, base = 'g'): { readonly ctx: DocContext; readonly id: string } => {
  const id = ctx.module.names.claim(base);
  const params: Record<string, Code> = {};
  for (const p of args.parameters ?? []) {
    const { value, ...rest } = p;
    // Argo's `value` of a global is what tiphys declares as its default; `valueFrom` (a ConfigMap key) is a source option.
    params[p.name] = paramDecl(ctx, { ...rest, ...(value !== undefined && { default: value }) }, 'string');
  }
  ctx.module.statements.push(`const ${id} = ${use(ctx, 'globals')}(${literal(params)});`);
  const names = new Set((args.parameters ?? []).map((p) => p.name));
  const known = ctx.globals;
  const globals = (key: string) =>
    key.startsWith('workflow.parameters.') && names.has(key.slice('workflow.parameters.'.length))
      ? { text: member(id, key.slice('workflow.parameters.'.length)), type: 'string' as const }
      : known?.(key);
  return { ctx: { ...ctx, globals }, id };
};

/** The globals `g`, with the entrypoint's artifact arguments beside them (`{ ...g, seed: raw('x') }`) when there are any. */
const withArtifacts = (ctx: DocContext, g: string, artifacts: ReadonlyArray<ArgoArtifact> | undefined): Code =>
  artifacts === undefined || artifacts.length === 0
    ? code(g)
    : code(`{ ...${g}, ${artifacts.map((a) => `${propertyKey(a.name)}: ${artifactArg(ctx, a, workflowResolver(ctx)).text}`).join(', ')} }`);

/** Workflow-level fields take the model's plain types (no refs): their `{{...}}` stay text. */
const RAW = (): undefined => undefined;

/** Hooks are typed (`hooks: { running: hook({ template, expression }) }`), as the rest of these. */
const OWNED_SPEC = new Set(['entrypoint', 'templates', 'arguments', 'onExit', 'hooks', 'serviceAccountName', 'workflowTemplateRef']);

/** A note for each template nothing of the workflow runs: tiphys builds the templates a workflow runs, so it is left out. */
const unrun = (ctx: DocContext, spec: WorkflowSpec): ReadonlyArray<string> => {
  const roots = [spec.entrypoint, spec.onExit, ...Object.values(spec.hooks ?? {}).map((h) => h.template)].filter((r): r is string => r !== undefined);
  return (spec.templates ?? [])
    .map((t) => t.name ?? '')
    .filter((name) => !roots.some((r) => r === name || ctx.reaches(r, name)))
    .map((name) => `template '${name}' is run by nothing of the workflow: \`tiphys build\` writes the templates a workflow runs, so its YAML leaves it out`);
};

/** The options of `workflow({...})` from a spec (metadata apart). */
const workflowOptions = (base: DocContext, spec: WorkflowSpec, label: string): { readonly options: Record<string, Code | unknown>; readonly ctx: DocContext } => {
  let ctx = base;
  const args = spec.arguments;
  const templates = spec.templates ?? [];
  const entry = templates.find((t) => t.name === spec.entrypoint);
  const entryInputs = new Set([...(entry?.inputs?.parameters ?? []), ...(entry?.inputs?.artifacts ?? [])].map((p) => p.name));
  // Arguments of a workflow are literals; one read from a ConfigMap is a global of that source (the one form).
  const useGlobals =
    spec.workflowTemplateRef === undefined &&
    (args?.parameters ?? []).length > 0 &&
    (readsGlobals(spec) || (args?.parameters ?? []).some((p) => !entryInputs.has(p.name) || p.valueFrom !== undefined));
  let argsCode: Code | undefined;
  if (useGlobals && args !== undefined) {
    const g = declareGlobals(ctx, args);
    ctx = g.ctx;
    argsCode = withArtifacts(ctx, g.id, args.artifacts);
  }
  const wf = workflowResolver(ctx);
  const options: Record<string, unknown> = {};
  if (spec.workflowTemplateRef !== undefined) {
    const ref = spec.workflowTemplateRef;
    const lib = ctx.module.libraries.get(ref.name ?? '') ?? ctx.module.external.get(ref.name ?? '');
    if (lib === undefined) throw new ConvertError(`runs WorkflowTemplate '${ref.name ?? ''}', which is not among the files converted; convert them together`);
    if (lib.from !== undefined && !ctx.module.libraries.has(ref.name ?? '')) {
      const names = ctx.module.moduleImports.get(lib.from) ?? new Set<string>();
      ctx.module.moduleImports.set(lib.from, names.add(lib.id));
    }
    options['workflowTemplateRef'] = code(lib.id);
    const target = spec.entrypoint === undefined ? undefined : lib.templates.get(spec.entrypoint);
    if (spec.entrypoint !== undefined && target === undefined) throw new ConvertError(`entrypoint '${spec.entrypoint}' is not a template of '${ref.name ?? ''}'`);
    if (target !== undefined) options['entrypoint'] = code(`${lib.id}.templates.${target.key}`);
    if (args !== undefined) {
      options['arguments'] = code(literal({
        ...Object.fromEntries((args.parameters ?? []).map((p) => [p.name, p.value ?? ''])),
        ...Object.fromEntries((args.artifacts ?? []).map((a) => [a.name, artifactArg(ctx, a, wf)])),
      }));
    }
  } else {
    if (entry === undefined) throw new ConvertError(`entrypoint '${spec.entrypoint ?? ''}' is not a template of the workflow`);
    // A template written inside a recursive one is in its body already.
    for (const t of templates) if (!ctx.consts.has(t.name ?? '')) emitTemplate(ctx, t);
    options['entrypoint'] = code(ctx.consts.get(entry.name ?? '')!);
    if (argsCode !== undefined) options['arguments'] = argsCode;
    else if (args !== undefined) {
      options['arguments'] = callArgs(ctx, { arguments: args }, { expr: '', template: entry, plan: ctx.plans.get(entry.name ?? '') }, wf).args;
    }
  }
  const hooks = hooksRecord(ctx, spec.hooks, calleeFor(ctx, 'spec.hooks'), wf, 'the workflow');
  if (hooks !== undefined) options['hooks'] = hooks;
  if (spec.onExit !== undefined) {
    const t = ctx.templates.get(spec.onExit);
    if (t === undefined) throw new ConvertError(`onExit '${spec.onExit}' is not a template of the workflow`);
    options['onExit'] = code(emitTemplate(ctx, t));
  }
  if (spec.serviceAccountName !== undefined) options['serviceAccountName'] = spec.serviceAccountName;
  if (spec.workflowTemplateRef === undefined) ctx.notes.push(...unrun(ctx, spec));
  for (const [k, v] of Object.entries(spec)) if (!OWNED_SPEC.has(k) && v !== undefined) options[k] = dataExpr(v, RAW, new Set());
  return { options, ctx };
};

/** A library's record keys: camelCase template names, unique. */
const libraryKeys = (templates: ReadonlyArray<ArgoTemplate>): ReadonlyMap<string, string> => {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const t of templates) {
    let key = camelCase(t.name ?? '');
    for (let n = 2; used.has(key); n++) key = `${camelCase(t.name ?? '')}${n}`;
    used.add(key);
    keys.set(t.name ?? '', key);
  }
  return keys;
};

/** What a module knows of a WorkflowTemplate before writing it: its record keys and its templates' plans. */
export const libraryOf = (doc: ArgoDocument, id: string, from?: string): KnownLibrary | undefined => {
  if (doc.kind !== 'WorkflowTemplate' && doc.kind !== 'ClusterWorkflowTemplate') return undefined;
  const templates = doc.spec.templates ?? [];
  const entry = new Map((doc.spec.arguments?.parameters ?? []).flatMap((p) => (p.value === undefined ? [] : [[p.name, p.value] as const])));
  const plans = planTemplates(templates, entry, doc.spec.entrypoint);
  const keys = libraryKeys(templates);
  return {
    id,
    ...(from !== undefined && { from }),
    clusterScope: doc.kind === 'ClusterWorkflowTemplate',
    templates: new Map(templates.map((t) => [t.name ?? '', { key: keys.get(t.name ?? '')!, template: t, plan: plans.get(t.name ?? '')! }])),
  };
};

/** Writes a document's templates and returns the expression of the document itself, with its escape-hatch uses and notes. */
export const emitDocument = (module: ModuleContext, doc: ArgoDocument, label: string): { readonly value: Code; readonly ctx: DocContext } => {
  if (doc.kind === 'Workflow') {
    const ctx0 = docContext(module, label, doc.spec.templates ?? [], doc.spec.arguments, doc.spec.entrypoint);
    const { options, ctx } = workflowOptions(ctx0, doc.spec, label);
    return { value: code(`${use(ctx, 'workflow')}(${literal({ ...metadataOptions(doc.metadata, label), ...options })})`), ctx };
  }
  if (doc.kind === 'CronWorkflow') {
    const { workflowSpec, workflowMetadata, ...cron } = doc.spec;
    if (workflowMetadata !== undefined) throw new ConvertError(`spec.workflowMetadata has no tiphys form yet`);
    const ctx0 = docContext(module, label, workflowSpec.templates ?? [], workflowSpec.arguments, workflowSpec.entrypoint);
    const { options, ctx } = workflowOptions(ctx0, workflowSpec, label);
    const run = code(`${use(ctx, 'workflow')}(${literal(options)})`);
    return { value: code(`${use(ctx, 'cronWorkflow')}(${literal({ ...metadataOptions(doc.metadata, label, ['name', 'namespace', 'labels', 'annotations']), ...cron, workflow: run })})`), ctx };
  }
  const spec = doc.spec;
  const ctx0 = docContext(module, label, spec.templates ?? [], undefined, spec.entrypoint);
  let ctx = ctx0;
  const options: Record<string, unknown> = {};
  const params = spec.arguments?.parameters ?? [];
  const artifacts = spec.arguments?.artifacts ?? [];
  if (params.length > 0 && readsGlobals(spec)) {
    const g = declareGlobals(ctx, spec.arguments ?? {});
    ctx = g.ctx;
    options['arguments'] = withArtifacts(ctx, g.id, artifacts);
  } else if (params.length > 0 || artifacts.length > 0) {
    options['arguments'] = code(literal({
      ...Object.fromEntries(params.map((p) => {
        const { value, ...rest } = p;
        return [p.name, paramDecl(ctx, { ...rest, ...(value !== undefined && { default: value }) }, 'string')];
      })),
      ...Object.fromEntries(artifacts.map((a) => [a.name, artifactArg(ctx, a, workflowResolver(ctx))])),
    }));
  }
  // Globals it reads and does not declare are supplied by whoever runs it (a WorkflowEventBinding, a workflow).
  const expected = undeclaredGlobals(spec, params);
  if (expected.length > 0) {
    const s = declareGlobals(ctx, { parameters: expected.map((name) => ({ name })) }, 'supplied');
    ctx = s.ctx;
    options['expects'] = code(s.id);
  }
  const keys = libraryKeys(spec.templates ?? []);
  const record: Record<string, Code> = {};
  for (const t of spec.templates ?? []) record[keys.get(t.name ?? '')!] = code(emitTemplate(ctx, t));
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) if (!OWNED_SPEC.has(k) && v !== undefined) fields[k] = dataExpr(v, RAW, new Set());
  if (spec.entrypoint !== undefined) {
    const id = ctx.consts.get(spec.entrypoint);
    if (id === undefined) throw new ConvertError(`entrypoint '${spec.entrypoint}' is not a template of the document`);
    options['entrypoint'] = code(id);
  }
  if (spec.serviceAccountName !== undefined) options['serviceAccountName'] = spec.serviceAccountName;
  if (spec.workflowTemplateRef !== undefined) throw new ConvertError(`workflowTemplateRef in a WorkflowTemplate has no tiphys form yet`);
  if (spec.onExit !== undefined) {
    const id = ctx.consts.get(spec.onExit);
    if (id === undefined) throw new ConvertError(`onExit '${spec.onExit}' is not a template of the document`);
    options['onExit'] = code(id);
  }
  const hooks = hooksRecord(ctx, spec.hooks, calleeFor(ctx, 'spec.hooks'), workflowResolver(ctx), `${doc.kind} '${doc.metadata.name ?? ''}'`);
  if (hooks !== undefined) options['hooks'] = hooks;
  const fn = use(ctx, doc.kind === 'WorkflowTemplate' ? 'workflowTemplate' : 'clusterWorkflowTemplate');
  const meta = metadataOptions(doc.metadata, label, ['name', 'namespace', 'labels', 'annotations']);
  const shorthand = Object.entries(record).map(([k, v]) => (k === v.text ? k : `${k}: ${v.text}`));
  return { value: code(`${fn}(${literal({ ...meta, ...options, ...fields, templates: code(`{ ${shorthand.join(', ')} }`) })})`), ctx };
};
