import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { StubNode } from '../core/stub-node.js';
import { templateBuilder, type LeafOutputs, type LeafSpec } from './template-spec.js';

/** @category model */
export interface TemplateStubSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined> extends LeafSpec<P, Q, R> {
  /** A call of it runs a pod of its own (a container, script or resource template): its `ip` may be read. */
  readonly pod?: boolean;
}

const NO_KEYS: ReadonlySet<string> = new Set(['pod']);

/**
 * The signature of a template that lives in a WorkflowTemplate elsewhere (on a cluster, in YAML): its
 * inputs, outputs and `result`, without a body. Put it in a `workflowTemplateStub`, whose `templates`
 * are then called like local ones and render `templateRef`. `tiphys stub` writes these.
 * @example
 * ```ts
 * const build = templateStub({ name: 'build', inputs: { rev: param.string() }, outputs: { image: param.string() }, pod: true });
 * export const ciLib = workflowTemplateStub({ name: 'ci-lib', templates: { build } });
 * d.task('build', ciLib.templates.build, { rev: 'main' });
 * // - name: build
 * //   templateRef: { name: ci-lib, template: build }
 * //   arguments: { parameters: [{ name: rev, value: main }] }
 * ```
 * @category constructors
 */
export const templateStub = <const P extends ParamRecord = {}, const Q extends ParamRecord = {}, R extends AnyParam | undefined = undefined>(
  spec: TemplateStubSpec<P, Q, R>,
): Template<InputsOf<P>, LeafOutputs<Q, R>> => {
  const node: StubNode = { kind: 'Stub', ...templateBuilder(spec).base(NO_KEYS), pod: spec.pod === true };
  return makeTemplate(node);
};
