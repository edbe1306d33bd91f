// The generator's intermediate form: Argo's JSON schema reduced to what TypeScript and io-ts need.

export type TypeRef =
  | { readonly tag: 'ref'; readonly key: string }
  | { readonly tag: 'string' | 'integer' | 'number' | 'boolean' | 'unknown' | 'unknownRecord' | 'intOrString' | 'anyString' | 'quantity' }
  | { readonly tag: 'literal'; readonly value: string }
  | { readonly tag: 'array'; readonly items: TypeRef }
  | { readonly tag: 'record'; readonly values: TypeRef };

export interface Field {
  readonly name: string;
  readonly type: TypeRef;
  readonly required: boolean;
  readonly description: string | undefined;
}

export type Shape =
  | { readonly tag: 'object'; readonly fields: ReadonlyArray<Field> }
  | { readonly tag: 'alias'; readonly type: TypeRef };

export interface Definition {
  /** Key in the schema's `definitions`, e.g. `io.argoproj.workflow.v1alpha1.Template`. */
  readonly key: string;
  /** Exported TypeScript name, e.g. `Template`. */
  readonly name: string;
  readonly group: Group;
  readonly description: string | undefined;
  readonly shape: Shape;
}

/** Output files are split by API group; `k8s` never refers to `argo`, so codec imports stay acyclic. */
export type Group = 'k8s' | 'argo';

export const GROUPS: ReadonlyArray<Group> = ['k8s', 'argo'];

export const refsOf = (type: TypeRef): ReadonlyArray<string> => {
  switch (type.tag) {
    case 'ref':
      return [type.key];
    case 'array':
      return refsOf(type.items);
    case 'record':
      return refsOf(type.values);
    default:
      return [];
  }
};

export const dependenciesOf = (d: Definition): ReadonlyArray<string> =>
  d.shape.tag === 'alias' ? refsOf(d.shape.type) : d.shape.fields.flatMap((f) => refsOf(f.type));
