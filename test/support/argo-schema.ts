// Argo's JSON schema as a test oracle: compiled with ajv in closed-world mode, so a field the schema
// does not know (a typo, a removed v3 field) fails instead of passing silently.
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ARGO_SCHEMA } from './vendored-argo.js';

// ajv-formats is CommonJS: under NodeNext the default import is `module.exports`, the plugin is its `default`.
const addFormats = addFormatsModule.default;

type JsonSchema = Record<string, unknown>;

const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';

/**
 * The schema as Argo ships it, adjusted two ways: `IntOrString` takes integers too (Swagger 2.0
 * could only say string), and every object definition with properties is closed
 * (`additionalProperties: false`).
 */
export const closedWorldSchema = (schema: JsonSchema): JsonSchema => {
  const definitions = schema['definitions'] as Record<string, JsonSchema>;
  const closed: Record<string, JsonSchema> = {};
  for (const [key, def] of Object.entries(definitions)) {
    closed[key] =
      key === INT_OR_STRING
        ? { anyOf: [{ type: 'string' }, { type: 'integer' }] }
        : def['properties'] !== undefined
          ? { ...def, additionalProperties: false }
          : def;
  }
  return { ...schema, definitions: closed };
};

const KINDS = ['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow', 'WorkflowEventBinding'];

interface Validators {
  /** The whole schema: `oneOf` the five kinds. */
  readonly any: ValidateFunction;
  /** One kind's definition, so errors come from that branch only instead of all five. */
  readonly byKind: ReadonlyMap<string, ValidateFunction>;
}

let compiled: Validators | undefined;

const validators = (): Validators => {
  if (compiled === undefined) {
    const schema = closedWorldSchema(JSON.parse(readFileSync(ARGO_SCHEMA, 'utf8')) as JsonSchema);
    const id = String(schema['$id']);
    // strict: false because the schema carries x-kubernetes-* keywords ajv does not know.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(schema);
    const get = (ref: string): ValidateFunction => {
      const v = ajv.getSchema(ref);
      if (v === undefined) throw new Error(`schema has no ${ref}`);
      return v;
    };
    compiled = {
      any: get(id),
      byKind: new Map(KINDS.map((k) => [k, get(`${id}#/definitions/io.argoproj.workflow.v1alpha1.${k}`)])),
    };
  }
  return compiled;
};

const describeError = (e: ErrorObject): string => {
  const where = e.instancePath === '' ? '(document)' : e.instancePath;
  const extra = e.keyword === 'additionalProperties' ? ` "${String((e.params as { additionalProperty: string }).additionalProperty)}"` : '';
  return `${where}: ${e.message ?? e.keyword}${extra}`;
};

/** Schema errors of one document (checked against its own kind's definition when the kind is known). */
export const schemaErrors = (doc: unknown): ReadonlyArray<string> => {
  const { any, byKind } = validators();
  const kind = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>)['kind'] : undefined;
  const validate = (typeof kind === 'string' ? byKind.get(kind) : undefined) ?? any;
  return validate(doc) ? [] : (validate.errors ?? []).map(describeError);
};

/** Throws with every schema error listed; for tests of the project's own emitted manifests. */
export const assertSchemaValid = (doc: unknown, label = 'document'): void => {
  const errors = schemaErrors(doc);
  if (errors.length > 0) throw new Error(`${label} does not match Argo's schema (closed world):\n  ${errors.join('\n  ')}`);
};
