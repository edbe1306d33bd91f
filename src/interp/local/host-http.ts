// HTTP on this machine: an http template's request, or an http input artifact, to a loopback URL only
// (a local run must not reach out to the network because a manifest says so).
import * as E from 'fp-ts/lib/Either.js';
import type { HTTP, Template } from '../../argo-model/generated/index.js';
import { evaluateExpr, type ExprEnv } from '../../argo-docs/expr/index.js';
import type { LeafRequest, LeafResult } from './leaf-runner.js';
import { declaredOutputs, errorResult } from './leaf-outputs.js';
import { abortReason } from './host-process.js';

// utils

/** `localhost`, `*.localhost`, `127.x.y.z` or `[::1]`. */
export const isLoopbackUrl = (url: string): boolean => {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
};

/** Argo's HTTP template times out after 30 s unless `timeoutSeconds` says otherwise. */
const DEFAULT_TIMEOUT_SECONDS = 30;

const requestBody = (http: HTTP): string | Buffer | undefined => {
  // Go marshals []byte as base64.
  if (http.bodyFrom?.bytes !== undefined) return Buffer.from(http.bodyFrom.bytes, 'base64');
  return http.body === undefined || http.body === '' ? undefined : http.body;
};

/** Go's `http.CanonicalHeaderKey`: `content-type` is `Content-Type`, as Argo's `response.headers` keys are. */
const canonicalHeader = (name: string): string =>
  name
    .split('-')
    .map((w) => (w === '' ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('-');

/** Argo's `EvalBool`: an expr-lang expression that must give a boolean. */
const evalBool = (condition: string, env: ExprEnv): E.Either<string, boolean> => {
  const value = evaluateExpr(condition, env);
  if (E.isLeft(value)) return E.left(value.left.message);
  return typeof value.right === 'boolean' ? E.right(value.right) : E.left(`'${condition}' gives ${JSON.stringify(value.right)}, not a boolean`);
};

// destructors

/** Runs an http template's request (to a loopback URL: the caller checked) as Argo's agent does. */
export const runHttp = async (request: LeafRequest): Promise<LeafResult> => {
  const http = request.template.http!;
  const where = `Template "${request.node.templateName}"`;
  const secret = (http.headers ?? []).find((h) => h.valueFrom !== undefined);
  if (secret !== undefined)
    return errorResult(`${where}: header "${secret.name}" comes from a secret, which a local run cannot read; mock the template or give it an implementation.`);
  const method = (http.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : requestBody(http);
  const timeout = AbortSignal.timeout((http.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000);
  let status: number;
  let text: string;
  let headers: Record<string, ReadonlyArray<string>>;
  try {
    const response = await fetch(http.url, {
      method,
      headers: (http.headers ?? []).map((h) => [h.name, h.value ?? '']),
      ...(body !== undefined ? { body } : {}),
      signal: AbortSignal.any([request.signal, timeout]),
    });
    status = response.status;
    text = await response.text();
    headers = {};
    response.headers.forEach((value, name) => (headers[canonicalHeader(name)] = [value]));
  } catch (e) {
    if (request.signal.aborted) return { phase: 'Failed', message: abortReason(request.signal), outputs: { parameters: {}, artifacts: {} } };
    return errorResult(`${where}: ${method} ${http.url}: ${timeout.aborted ? 'timed out' : (e as Error).message}`);
  }
  const outputs = declaredOutputs(request.template, { parameters: {}, artifacts: {}, result: text }, where);
  if (E.isLeft(outputs)) return errorResult(outputs.left);
  if (http.successCondition === undefined)
    return status >= 200 && status < 300
      ? { phase: 'Succeeded', outputs: outputs.right }
      : { phase: 'Failed', message: `received non-2xx response code: ${status}`, outputs: outputs.right };
  const requestHeaders = Object.fromEntries((http.headers ?? []).map((h) => [canonicalHeader(h.name), [h.value ?? '']]));
  const env: ExprEnv = {
    request: { method, url: http.url, body: http.body ?? '', headers: requestHeaders },
    response: { statusCode: status, body: text, headers },
  };
  const ok = evalBool(http.successCondition, env);
  if (E.isLeft(ok)) return errorResult(`${where}: http.successCondition: ${ok.left}`);
  return ok.right
    ? { phase: 'Succeeded', outputs: outputs.right }
    : { phase: 'Failed', message: `successCondition '${http.successCondition}' evaluated false`, outputs: outputs.right };
};

/** Whether an http template can run here, or why not. */
export const httpOnHost = (template: Template): string | undefined =>
  template.http === undefined || isLoopbackUrl(template.http.url)
    ? undefined
    : `its URL ${template.http.url} is not a loopback address (only localhost, 127.0.0.1 and [::1] are called)`;
