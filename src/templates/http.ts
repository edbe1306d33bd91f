import type { HTTP as ArgoHTTP, HTTPHeader } from '../argo-model/generated/argo-types.js';
import type { HttpNode } from '../core/http-node.js';
import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { TemplatePatch } from '../core/patch.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { Ref } from '../typed-refs/ref.js';
import { namedValueList, type SecretKeySource } from './env.js';
import { fieldNames, type FieldOptions, type FromInputs, type TemplateFields } from './template-fields.js';
import { templateBuilder, type BaseSpec, type LeafOutputs } from './template-spec.js';

/** Request headers by name: literals, refs, or `secretKey(name, key)`. @category model */
export type HttpHeaders = { readonly [name: string]: string | Ref<string> | SecretKeySource };

/** @category model */
export interface HttpSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends BaseSpec<P, Q, R>,
    TemplateFields<P>,
    FieldOptions<P, Omit<ArgoHTTP, 'url' | 'headers'>> {
  readonly url: FromInputs<P, string | Ref<string>>;
  readonly headers?: FromInputs<P, HttpHeaders>;
  /** The type of the response body, read back as `X.out.result`. */
  readonly result?: R;
  /** The escape hatch for fields newer than the model; it may not set what tiphys builds. */
  readonly patch?: FromInputs<P, TemplatePatch>;
}

const HTTP_FIELDS = fieldNames<ArgoHTTP>({
  body: true,
  bodyFrom: true,
  headers: true,
  insecureSkipVerify: true,
  method: true,
  successCondition: true,
  timeoutSeconds: true,
  url: true,
});

/**
 * A template that makes an HTTP request (run by the Argo agent, no pod of its own).
 *
 * @example
 * ```ts
 * const ping = http({
 *   name: 'ping',
 *   inputs: { url: param.string() },
 *   url: (i) => i.url,
 *   method: 'GET',
 *   headers: { Authorization: secretKey('api', 'token') },
 *   successCondition: 'response.statusCode == 200',
 *   timeoutSeconds: 20,
 * });
 * // - name: ping
 * //   inputs: {parameters: [{name: url}]}
 * //   http:
 * //     url: "{{inputs.parameters.url}}"
 * //     method: GET
 * //     headers: [{name: Authorization, valueFrom: {secretKeyRef: {name: api, key: token}}}]
 * //     successCondition: response.statusCode == 200
 * //     timeoutSeconds: 20
 * ```
 * @category constructors
 */
export const http = <
  const P extends ParamRecord = {},
  const Q extends ParamRecord = {},
  R extends AnyParam | undefined = undefined,
>(
  spec: HttpSpec<P, Q, R>,
): Template<InputsOf<P>, LeafOutputs<Q, R>> => {
  const b = templateBuilder(spec);
  const fields = b.pick(HTTP_FIELDS) ?? {};
  const headers = fields['headers'] as Readonly<Record<string, unknown>> | undefined;
  const node: HttpNode = {
    kind: 'Http',
    http: Object.freeze({ ...fields, ...(headers !== undefined && { headers: namedValueList(headers) as ReadonlyArray<HTTPHeader> }) }) as ArgoHTTP,
    ...b.base(HTTP_FIELDS),
  };
  return makeTemplate(node);
};
