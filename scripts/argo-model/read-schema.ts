// Reads Argo's JSON schema into the generator's intermediate form.
import type { Definition, Field, Group, Shape, TypeRef } from './model-ir.js';
import { dependenciesOf } from './model-ir.js';

interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly const?: string;
  readonly description?: string;
  readonly items?: JsonSchema;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: ReadonlyArray<string>;
}

interface SchemaFile {
  readonly definitions: Readonly<Record<string, JsonSchema>>;
}

const ARGO = 'io.argoproj.workflow.v1alpha1.';
const K8S = 'io.k8s.';
/** Swagger 2.0 cannot say "int or string", so the schema declares a string; the API takes both. */
const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
/** Declared a string; Kubernetes also reads a plain number (`cpu: 1`) as a quantity. */
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

/**
 * Fields whose Go type is Argo's `AnyString`: the schema says string, the API also takes numbers and
 * booleans and turns them into their text (`value: 3` means "3").
 */
const ANY_STRING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [`${ARGO}Parameter`, new Set(['default', 'description', 'enum', 'value'])],
  [`${ARGO}ValueFrom`, new Set(['default'])],
]);

const asAnyString = (type: TypeRef): TypeRef =>
  type.tag === 'string' ? { tag: 'anyString' } : type.tag === 'array' ? { tag: 'array', items: asAnyString(type.items) } : type;

const groupOf = (key: string): Group | undefined =>
  key.startsWith(ARGO) ? 'argo' : key.startsWith(K8S) ? 'k8s' : undefined;

const refKey = (ref: string): string => ref.replace(/^#\/definitions\//, '');

const typeOf = (s: JsonSchema): TypeRef => {
  if (s.$ref !== undefined) return { tag: 'ref', key: refKey(s.$ref) };
  if (s.const !== undefined) return { tag: 'literal', value: s.const };
  switch (s.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return { tag: s.type };
    case 'array':
      return { tag: 'array', items: s.items === undefined ? { tag: 'unknown' } : typeOf(s.items) };
    case 'object':
      return typeof s.additionalProperties === 'object'
        ? { tag: 'record', values: typeOf(s.additionalProperties) }
        : { tag: 'unknownRecord' };
    case undefined:
      return { tag: 'unknown' };
    default:
      throw new Error(`unsupported schema type ${s.type}`);
  }
};

const shapeOf = (key: string, s: JsonSchema): Shape => {
  if (key === INT_OR_STRING) return { tag: 'alias', type: { tag: 'intOrString' } };
  if (key === QUANTITY) return { tag: 'alias', type: { tag: 'quantity' } };
  if (s.properties === undefined) return { tag: 'alias', type: typeOf(s) };
  const required = new Set(s.required ?? []);
  const fields: Field[] = Object.keys(s.properties)
    .sort()
    .map((name) => {
      const p = s.properties?.[name] ?? {};
      const type = ANY_STRING.get(key)?.has(name) === true ? asAnyString(typeOf(p)) : typeOf(p);
      // `apiVersion`/`kind` constants identify a manifest: a file without them cannot be applied, so they are required.
      return { name, type, required: required.has(name) || p.const !== undefined, description: p.description };
    });
  return { tag: 'object', fields };
};

/**
 * Exported names drop the package prefix. On a clash the Argo definition keeps the short name and the
 * Kubernetes one is prefixed `K8s` (e.g. `Event` vs `K8sEvent`); anything still clashing is an error
 * so a schema change cannot silently rename a type.
 */
const assignNames = (keys: ReadonlyArray<string>): ReadonlyMap<string, string> => {
  const short = (k: string): string => k.slice(k.lastIndexOf('.') + 1);
  const count = new Map<string, number>();
  for (const k of keys) count.set(short(k), (count.get(short(k)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const k of keys) {
    const clash = (count.get(short(k)) ?? 0) > 1;
    names.set(k, clash && groupOf(k) === 'k8s' ? `K8s${short(k)}` : short(k));
  }
  const seen = new Set<string>();
  for (const n of names.values()) {
    if (seen.has(n)) throw new Error(`two definitions would both be named ${n}`);
    seen.add(n);
  }
  return names;
};

/** All Argo workflow definitions plus the Kubernetes definitions they reach (the events/sensor APIs are not ours). */
export const readSchema = (schema: unknown): ReadonlyArray<Definition> => {
  const defs = (schema as SchemaFile).definitions;
  const selected = new Set<string>();
  const visit = (key: string): void => {
    if (selected.has(key)) return;
    const s = defs[key];
    if (s === undefined) throw new Error(`schema refers to missing definition ${key}`);
    selected.add(key);
    for (const dep of dependenciesOf({ key, name: key, group: 'argo', description: undefined, shape: shapeOf(key, s) })) {
      visit(dep);
    }
  };
  for (const key of Object.keys(defs).sort()) if (groupOf(key) === 'argo') visit(key);
  const keys = [...selected].sort();
  const names = assignNames(keys);
  return keys.map((key) => {
    const s = defs[key] ?? {};
    const group = groupOf(key);
    if (group === undefined) throw new Error(`${key} is outside the Argo and Kubernetes groups`);
    return { key, name: names.get(key) ?? key, group, description: s.description, shape: shapeOf(key, s) };
  });
};
