// A `templateRef` to a WorkflowTemplate that is not among the files converted: the module declares a
// `workflowTemplateStub` typed by how the document calls it (the inputs its calls pass, the outputs they
// read), so the calls type-check and render the same `templateRef`. A note says to check the stub against
// the library (`tiphys stub` writes one from the library itself).
import type { DAGTask, Template as ArgoTemplate, TemplateRef, WorkflowStep } from '../../argo-model/generated/argo-types.js';
import { scanTags } from '../../core/tag-scanner.js';
import { artifactDecl, paramDecl } from './declarations.js';
import { ConvertError, use, type DocContext } from './emit-context.js';
import { expressionKeys } from './expression-code.js';
import { camelCase } from './naming.js';
import type { TemplatePlan } from './param-types.js';
import { callsOf, stringsOf } from './template-calls.js';
import { call, code, comment, literal, type Code } from './ts-code.js';

/** What the document's calls show of one library template. */
interface Usage {
  readonly passes: Array<ReadonlySet<string>>;
  readonly artifacts: Set<string>;
  readonly outputs: Set<string>;
  readonly outputArtifacts: Set<string>;
  result: boolean;
}

interface StubbedLibrary {
  readonly clusterScope: boolean;
  readonly templates: Map<string, Usage>;
}


/** Every variable a template's strings read, expression tags included. */
const keysRead = (t: ArgoTemplate): ReadonlyArray<string> =>
  stringsOf(t).flatMap((s) => scanTags(s).tags.flatMap((tag) => (tag.expression ? expressionKeys(tag.raw.slice(1)) : [tag.key])));

const refsOf = (c: DAGTask | WorkflowStep): ReadonlyArray<TemplateRef> => [
  ...(c.templateRef === undefined ? [] : [c.templateRef]),
  ...Object.values(c.hooks ?? {}).flatMap((h) => (h.templateRef === undefined ? [] : [h.templateRef])),
];

/** The libraries `templates` call that the module does not know, with what the calls show of each template. */
const unknownLibraries = (ctx: DocContext, templates: ReadonlyArray<ArgoTemplate>): ReadonlyMap<string, StubbedLibrary> => {
  const found = new Map<string, StubbedLibrary>();
  for (const t of templates) {
    const owner = t.dag !== undefined ? 'tasks' : 'steps';
    const read = keysRead(t);
    for (const c of callsOf(t)) {
      for (const ref of refsOf(c)) {
        const name = ref.name ?? '';
        if (ctx.module.libraries.has(name) || ctx.module.external.has(name)) continue;
        const lib = found.get(name) ?? { clusterScope: ref.clusterScope === true, templates: new Map<string, Usage>() };
        found.set(name, lib);
        const wanted = ref.template ?? '';
        const usage = lib.templates.get(wanted) ?? { passes: [], artifacts: new Set<string>(), outputs: new Set<string>(), outputArtifacts: new Set<string>(), result: false };
        lib.templates.set(wanted, usage);
        if (ref !== c.templateRef) continue;
        usage.passes.push(new Set((c.arguments?.parameters ?? []).map((p) => p.name)));
        for (const a of c.arguments?.artifacts ?? []) usage.artifacts.add(a.name);
        const prefix = `${owner}.${c.name ?? ''}.outputs.`;
        for (const key of read.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))) {
          const [what = '', out = ''] = key.split(/\.(.*)/s);
          if (key === 'result') usage.result = true;
          else if (what === 'parameters') usage.outputs.add(out.split('.')[0] ?? out);
          else if (what === 'artifacts') usage.outputArtifacts.add(out.split('.')[0] ?? out);
        }
      }
    }
  }
  return found;
};

/** The template a stub stands for, as the YAML would declare it, and its plan (every parameter a string). */
const standIn = (name: string, use: Usage): { readonly template: ArgoTemplate; readonly plan: TemplatePlan } => {
  const params = [...new Set(use.passes.flatMap((p) => [...p]))];
  const partly = params.find((p) => use.passes.some((s) => !s.has(p)));
  if (partly !== undefined) {
    throw new ConvertError(`the calls of template '${name}' pass input '${partly}' in some calls only, so its stub cannot say whether it is required; convert the library with the workflow, or write its stub with \`tiphys stub\``);
  }
  const template: ArgoTemplate = {
    name,
    inputs: { parameters: params.map((p) => ({ name: p })), artifacts: [...use.artifacts].map((a) => ({ name: a })) },
    outputs: { parameters: [...use.outputs].map((p) => ({ name: p })), artifacts: [...use.outputArtifacts].map((a) => ({ name: a })) },
  };
  return { template, plan: { inputs: new Map(params.map((p) => [p, 'string'])), ...(use.result && { result: 'string' }), jsonOutputs: new Map(), demoted: new Map() } };
};

/** Declares a stub for each library the document calls that the module does not know. */
export const stubLibraries = (ctx: DocContext, templates: ReadonlyArray<ArgoTemplate>): void => {
  for (const [name, lib] of unknownLibraries(ctx, templates)) {
    const id = ctx.module.names.fresh(name);
    const known = new Map<string, { readonly key: string; readonly template: ArgoTemplate; readonly plan: TemplatePlan }>();
    const record: Record<string, Code> = {};
    const keys = new Set<string>();
    for (const [wanted, usage] of lib.templates) {
      const { template, plan } = standIn(wanted, usage);
      let key = camelCase(wanted);
      for (let n = 2; keys.has(key); n++) key = `${camelCase(wanted)}${n}`;
      keys.add(key);
      known.set(wanted, { key, template, plan });
      const inputs = { ...Object.fromEntries((template.inputs?.parameters ?? []).map((p) => [p.name, paramDecl(ctx, p, 'string')])), ...Object.fromEntries((template.inputs?.artifacts ?? []).map((a) => [a.name, artifactDecl(ctx, a)])) };
      const outputs = { ...Object.fromEntries((template.outputs?.parameters ?? []).map((p) => [p.name, paramDecl(ctx, p, 'string')])), ...Object.fromEntries((template.outputs?.artifacts ?? []).map((a) => [a.name, artifactDecl(ctx, a)])) };
      record[key] = call(use(ctx, 'templateStub'), {
        name: wanted,
        ...(Object.keys(inputs).length > 0 && { inputs }),
        ...(Object.keys(outputs).length > 0 && { outputs }),
        ...(usage.result && { result: code(`${use(ctx, 'param')}.string()`) }),
      });
    }
    const note = comment(
      `${lib.clusterScope ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate'} '${name}' is not among the files converted: a stub of it as ${ctx.label} calls it (every parameter a string).\n` +
        'Check it against the library (`tiphys lint --against lib.yaml`), or write it from the library with `tiphys stub`.',
    );
    const spec = { name, ...(lib.clusterScope && { cluster: true }), templates: code(literal(record)) };
    ctx.module.statements.push(`${note}\nconst ${id} = ${call(use(ctx, 'workflowTemplateStub'), spec).text};`);
    ctx.module.libraries.set(name, { id, clusterScope: lib.clusterScope, templates: known });
  }
};
