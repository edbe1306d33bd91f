/**
 * What a caller of a WorkflowTemplate relies on, read the same way from its Argo document (for
 * `tiphys stub`) and from a stub value (for the stale-stub report): its global parameters, the artifacts
 * it gives its entrypoint, and each template's inputs, outputs and `result`. Types are inferred from defaults and enums, otherwise string.
 */
import { field, isRecord, list, listField, str, strField } from '../../argo-model/json-value.js';
import { argoArtifact, REPOSITORY_KINDS } from '../../core/artifact.js';
import { hasFallback, type ParamType } from '../../core/param.js';
import type { NamedParam, TemplateNode } from '../../core/template-node.js';
import type { WorkflowTemplateKind, WorkflowTemplateNode } from '../../core/workflow-template-node.js';

// model

export interface ParamSignature {
  readonly name: string;
  readonly type: ParamType;
  /** A caller must give it: it has neither a default nor a fixed value. */
  readonly required: boolean;
  readonly default?: string;
  readonly value?: string;
  readonly enum?: ReadonlyArray<string>;
  readonly description?: string;
  /** A global taken from a ConfigMap key (Argo `valueFrom.configMapKeyRef`). */
  readonly configMapKeyRef?: { readonly name: string; readonly key: string; readonly optional?: boolean };
}

export interface ArtifactSignature {
  readonly name: string;
  readonly required: boolean;
}

/** An artifact a WorkflowTemplate gives its entrypoint (Argo `spec.arguments.artifacts`). */
export interface ArgumentArtifactSignature {
  readonly name: string;
  /** Its Argo fields but `name`: the location (`s3`, `raw`, ...) and options (`subPath`, ...). */
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface TemplateSignature {
  readonly name: string;
  readonly inputs: ReadonlyArray<ParamSignature>;
  readonly inputArtifacts: ReadonlyArray<ArtifactSignature>;
  readonly outputs: ReadonlyArray<string>;
  readonly outputArtifacts: ReadonlyArray<string>;
  /** A call can read `outputs.result` (a container or script template's stdout). */
  readonly result: boolean;
  /** A call runs a pod of its own, so it has an `ip`. */
  readonly pod: boolean;
}

export interface LibrarySignature {
  readonly kind: WorkflowTemplateKind;
  readonly name: string;
  readonly entrypoint?: string;
  readonly globals: ReadonlyArray<ParamSignature>;
  readonly artifacts: ReadonlyArray<ArgumentArtifactSignature>;
  readonly templates: ReadonlyArray<TemplateSignature>;
}

// from an Argo document

const INT = /^-?\d+$/;
const NUMBER = /^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/;

/** The type a parameter's default (or fixed value) and enum suggest. */
const inferType = (sample: string | undefined, values: ReadonlyArray<string> | undefined): ParamType => {
  if (values !== undefined) return 'enum';
  if (sample === undefined) return 'string';
  if (INT.test(sample)) return 'int';
  if (NUMBER.test(sample)) return 'number';
  return sample === 'true' || sample === 'false' ? 'boolean' : 'string';
};

/** A parameter of an Argo document; a global's `value` is its default, as Argo reads it. */
const paramOf = (p: unknown, global: boolean): ParamSignature => {
  const given = str(field(p, global ? 'value' : 'default'));
  const value = global ? undefined : str(field(p, 'value'));
  const values = isRecord(p) && Array.isArray(p['enum']) ? list(p['enum']).map(String) : undefined;
  const description = str(field(p, 'description'));
  const ref = field(field(p, 'valueFrom'), 'configMapKeyRef');
  const optional = field(ref, 'optional');
  return {
    name: strField(p, 'name'),
    type: inferType(given ?? value, values),
    required: given === undefined && value === undefined,
    ...(given !== undefined && { default: given }),
    ...(value !== undefined && { value }),
    ...(values !== undefined && { enum: values }),
    ...(description !== undefined && { description }),
    ...(isRecord(ref) && {
      configMapKeyRef: { name: strField(ref, 'name'), key: strField(ref, 'key'), ...(typeof optional === 'boolean' && { optional }) },
    }),
  };
};

const POD_KINDS = ['container', 'script', 'resource', 'containerSet', 'data'];

/** The signature of one template of an Argo document. */
const templateOf = (t: unknown): TemplateSignature => {
  const inputs = field(t, 'inputs');
  const outputs = field(t, 'outputs');
  return {
    name: strField(t, 'name'),
    inputs: listField(inputs, 'parameters').map((p) => paramOf(p, false)),
    inputArtifacts: listField(inputs, 'artifacts').map((a) => ({
      name: strField(a, 'name'),
      required: field(a, 'optional') !== true && !REPOSITORY_KINDS.some((k) => field(a, k) !== undefined),
    })),
    outputs: listField(outputs, 'parameters').map((p) => strField(p, 'name')),
    outputArtifacts: listField(outputs, 'artifacts').map((a) => strField(a, 'name')),
    result: field(t, 'container') !== undefined || field(t, 'script') !== undefined,
    pod: POD_KINDS.some((k) => field(t, k) !== undefined),
  };
};

/** The signature of a WorkflowTemplate or ClusterWorkflowTemplate document; undefined for another kind. */
export const documentSignature = (doc: unknown): LibrarySignature | undefined => {
  const kind = field(doc, 'kind');
  if (kind !== 'WorkflowTemplate' && kind !== 'ClusterWorkflowTemplate') return undefined;
  const spec = field(doc, 'spec');
  const entrypoint = str(field(spec, 'entrypoint'));
  return {
    kind,
    name: strField(field(doc, 'metadata'), 'name'),
    ...(entrypoint !== undefined && { entrypoint }),
    globals: listField(field(spec, 'arguments'), 'parameters').map((p) => paramOf(p, true)),
    artifacts: listField(field(spec, 'arguments'), 'artifacts').map((a) => {
      const { name: _, ...fields } = isRecord(a) ? a : {};
      return { name: strField(a, 'name'), fields };
    }),
    templates: listField(spec, 'templates').map(templateOf),
  };
};

// from a stub value

/** A declared parameter's signature: its type as declared, required unless it has a default or a fixed value. */
const nodeParam = ({ name, param }: NamedParam): ParamSignature => ({
  name,
  type: param.type,
  required: !hasFallback(param),
  ...(param.enum !== undefined && { enum: param.enum }),
});

const nodeTemplate = (t: TemplateNode): TemplateSignature => ({
  name: t.name,
  inputs: t.inputs.map(nodeParam),
  inputArtifacts: (t.inputArtifacts ?? []).map(({ name, artifact }) => ({
    name,
    required: artifact.fields.optional !== true && !REPOSITORY_KINDS.some((k) => (artifact.fields as Record<string, unknown>)[k] !== undefined),
  })),
  outputs: t.outputs.map((p) => p.name),
  outputArtifacts: (t.outputArtifacts ?? []).map((a) => a.name),
  result: t.result !== undefined,
  pod: t.kind === 'Stub' ? t.pod : POD_KINDS.includes(t.kind.charAt(0).toLowerCase() + t.kind.slice(1)),
});

/** The signature a WorkflowTemplate value (a stub, usually) promises its callers. */
export const nodeSignature = (node: WorkflowTemplateNode): LibrarySignature => ({
  kind: node.kind,
  name: node.metadata.name ?? '',
  ...(node.entrypoint !== undefined && { entrypoint: node.entrypoint.name }),
  globals: node.globals.map(nodeParam),
  // In Argo's form (`archive: none` expanded), as a document has it.
  artifacts: (node.artifacts ?? []).map(({ name, value }) => {
    const { name: _, ...fields } = argoArtifact(name, value.fields);
    return { name, fields };
  }),
  templates: node.templates.map(nodeTemplate),
});
