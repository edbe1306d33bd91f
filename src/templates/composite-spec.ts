import type { NamedArtifact } from '../core/artifact.js';
import type { ParamRecord } from '../core/param.js';
import type { NamedParam, TemplateBase } from '../core/template-node.js';
import type { TemplatePatch } from '../core/patch.js';
import type { RetrySpec } from './retry-spec.js';
import type { RefSource } from '../core/scope.js';
import { isRef, type Ref } from '../typed-refs/ref.js';
import { expressionText, isExpression } from '../typed-refs/expression.js';
import type { FromInputs, TemplateFields } from './template-fields.js';
import { namedArtifacts, namedParams, templateFields, valueRenderer, type DeclaredRefs } from './template-spec.js';

/**
 * Options of `dag` and `steps`: typed inputs and outputs, like any template, and every Argo template
 * field (`parallelism`, `failFast`, `synchronization`, ...), typed, ref-aware, optionally a function
 * of the input refs.
 * @category model
 */
export interface CompositeSpec<P extends ParamRecord, Q extends ParamRecord> extends TemplateFields<P> {
  readonly inputs?: P;
  /**
   * Declared here so their types are known up front; set with `d.outputs({...})` in the body. A dag or
   * steps template has no stdout, so an output parameter may be named `result` (`outputs.parameters.result`).
   */
  readonly outputs?: Q;
  readonly retryStrategy?: RetrySpec;
  /** The escape hatch for fields newer than the model; it may not set what tiphys builds. */
  readonly patch?: FromInputs<P, TemplatePatch>;
}

const NO_OWN: ReadonlySet<string> = new Set();

/** The Argo template fields and patch of a dag or steps spec, rendered, with the refs they hold. */
export const compositeFields = (
  spec: CompositeSpec<ParamRecord, ParamRecord>,
  at: DeclaredRefs,
  refs: RefSource[],
): Pick<TemplateBase, 'fields' | 'patch'> => templateFields(spec, NO_OWN, valueRenderer(at, refs).value);

/** The argument of `d.outputs(...)`: a ref of the declared type for every declared output. */
export type OutputValues<O> = { readonly [K in keyof O]-?: Ref<O[K]> };

/**
 * Collects `outputs(...)` calls of a builder and produces the output parameters with
 * `valueFrom.parameter` filled in (`valueFrom.expression` for an `expression`), and the output artifacts
 * with `from` (`fromExpression`). An output never set stays
 * without a source; the interpreter reports it. Setting an output the template does not declare throws,
 * naming it: `outputs` of a template declared without outputs accepts any record, and the value would
 * otherwise be dropped.
 */
export const outputCollector = (declared: ParamRecord | undefined, label: string) => {
  let values: Readonly<Record<string, unknown>> | undefined;
  const refs: RefSource[] = [];
  return {
    set(v: Readonly<Record<string, unknown>>): void {
      const unknown = Object.keys(v).filter((name) => declared === undefined || !Object.hasOwn(declared, name));
      if (unknown.length > 0) {
        const names = unknown.map((n) => `'${n}'`).join(', ');
        throw new Error(`${label}: outputs sets ${names}, which it does not declare; declare ${unknown.length > 1 ? 'them' : 'it'} in the template's \`outputs\``);
      }
      values = { ...values, ...v };
    },
    finish(): {
      readonly outputs: ReadonlyArray<NamedParam>;
      readonly outputArtifacts?: ReadonlyArray<NamedArtifact>;
      readonly refs: ReadonlyArray<RefSource>;
    } {
      const outputs = namedParams(declared).map(({ name, param }) => {
        const v = values?.[name];
        if (v === undefined) return { name, param };
        if (isRef(v)) refs.push(v.source);
        const from = isExpression(v) ? { expression: expressionText(v) } : { parameter: String(v) };
        return Object.freeze({ name, param: Object.freeze({ ...param, valueFrom: { ...param.valueFrom, ...from } }) });
      });
      const artifacts = namedArtifacts(declared)?.map(({ name, artifact }) => {
        const v = values?.[name];
        if (!isRef(v)) return { name, artifact };
        refs.push(v.source);
        const from = isExpression(v) ? { fromExpression: expressionText(v) } : { from: String(v) };
        return Object.freeze({ name, artifact: Object.freeze({ ...artifact, fields: { ...artifact.fields, ...from } }) });
      });
      return {
        outputs: Object.freeze(outputs),
        ...(artifacts !== undefined && { outputArtifacts: Object.freeze(artifacts) }),
        refs,
      };
    },
  };
};

