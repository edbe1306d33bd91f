// What the emitters of one converted module share: names handed out, imports, the statements written so
// far, and every use of the escape hatch; and what they know about the document being converted.
import type { Template as ArgoTemplate } from '../../argo-model/generated/argo-types.js';
import type { Reaches } from './call-graph.js';
import type { NameAllocator } from './naming.js';
import type { TemplatePlan } from './param-types.js';
import type { RefExpr } from './ref-expressions.js';

/** A WorkflowTemplate or ClusterWorkflowTemplate a call may reach by `templateRef`. */
export interface KnownLibrary {
  /** The identifier it is bound to in the module. */
  readonly id: string;
  /** Where to import it from when it is another module's (`./templates.js`). */
  readonly from?: string;
  readonly clusterScope: boolean;
  /** Its templates by Argo name, with the key they have in its `templates` record. */
  readonly templates: ReadonlyMap<string, { readonly key: string; readonly template: ArgoTemplate; readonly plan: TemplatePlan }>;
}

export interface ModuleContext {
  readonly names: NameAllocator;
  /** Names imported from 'tiphys'. */
  readonly imports: Set<string>;
  /** Type names imported from 'tiphys'. */
  readonly typeImports: Set<string>;
  /** Other modules' exports: module path → names. */
  readonly moduleImports: Map<string, Set<string>>;
  /** `import * as t from 'io-ts'` is needed. */
  ioTs: boolean;
  readonly statements: Array<string>;
  /** Libraries by resource name: those this module declares, imported, or stand-ins. */
  readonly libraries: Map<string, KnownLibrary>;
  /** Libraries of other modules, by resource name, offered by the caller (`convertFiles`). */
  readonly external: ReadonlyMap<string, KnownLibrary>;
}

/** A dag or steps template being written: its body's statements so far, and its `self` once a call runs it again. */
export interface OpenBody {
  readonly name: string;
  readonly lines: Array<string>;
  self?: string;
}

export interface DocContext {
  readonly module: ModuleContext;
  /** `Workflow/hello-`, as problems name the document. */
  readonly label: string;
  readonly templates: ReadonlyMap<string, ArgoTemplate>;
  readonly plans: ReadonlyMap<string, TemplatePlan>;
  /** Templates written already: Argo name → identifier. */
  readonly consts: Map<string, string>;
  /** The dag and steps templates being written, outermost first: a call back into one runs its `self`. */
  readonly open: Array<OpenBody>;
  readonly reaches: Reaches;
  /** Templates declared inside the body of a recursive one (they run it): visible there only. */
  readonly scoped: Map<string, OpenBody>;
  /** `workflow.parameters.x` → `g.x`, when the document declares globals. */
  readonly globals?: (key: string) => RefExpr | undefined;
  /** Every escape-hatch use in this document, each with why. */
  readonly escapes: Array<string>;
  /** Notes for the reader, written as comments above the document. */
  readonly notes: Array<string>;
  /** Every `when` converted, and what it became. */
  readonly whens: Array<ConvertedWhen>;
}

/** A `when` or a hook's `expression`, and what it became: a typed condition, an `expression<boolean>`, or text with its refs. */
export interface ConvertedWhen {
  readonly field: 'when' | 'hook';
  readonly when: string;
  readonly as: 'condition' | 'expression' | 'text';
}

/** A document that cannot be converted: the reason, for the per-document error. */
export class ConvertError extends Error {}

/** Records an import from 'tiphys' and returns the name. */
export const use = (ctx: { readonly module: ModuleContext } | ModuleContext, name: string): string => {
  ('module' in ctx ? ctx.module : ctx).imports.add(name);
  return name;
};
