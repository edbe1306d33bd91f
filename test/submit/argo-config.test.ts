import { describe, expect, it } from 'vitest';
import { authorizationHeader, baseUrl, configFromEnv, normalizeToken, resolveConfig } from '../../src/interp/submit/argo-config.js';
import { makeRedactor } from '../../src/interp/submit/redact.js';
import { httpFailureFromBody } from '../../src/interp/submit/submit-error.js';

describe('configuration like the argo CLI', () => {
  it('reads ARGO_* with https and namespace argo by default', () => {
    const c = resolveConfig(configFromEnv({ ARGO_SERVER: 'argo.example:2746' }));
    expect(baseUrl(c)).toBe('https://argo.example:2746/');
    expect(c.namespace).toBe('argo');
    expect(c.insecureSkipVerify).toBe(false);
  });

  it('honours ARGO_SECURE=false, ARGO_BASE_HREF, ARGO_NAMESPACE, ARGO_INSECURE_SKIP_VERIFY', () => {
    const c = resolveConfig(
      configFromEnv({ ARGO_SERVER: 'h:1', ARGO_SECURE: 'false', ARGO_BASE_HREF: '/argo/', ARGO_NAMESPACE: 'ci', ARGO_INSECURE_SKIP_VERIFY: 'true' }),
    );
    expect(baseUrl(c)).toBe('http://h:1/argo/');
    expect(c.namespace).toBe('ci');
    expect(c.insecureSkipVerify).toBe(true);
  });

  it('lets code override the environment, but undefined does not erase', () => {
    const c = resolveConfig(configFromEnv({ ARGO_NAMESPACE: 'env-ns', ARGO_TOKEN: 'Bearer abc' }), { namespace: 'code-ns', token: undefined });
    expect(c.namespace).toBe('code-ns');
    expect(c.token).toBe('abc');
  });

  it('accepts Bearer x, bearer x and bare x', () => {
    expect(normalizeToken('Bearer abc.def')).toBe('abc.def');
    expect(normalizeToken('bearer  abc')).toBe('abc');
    expect(normalizeToken('abc')).toBe('abc');
    expect(normalizeToken('  ')).toBeUndefined();
    expect(authorizationHeader(normalizeToken('Bearer v2:sso') ?? '')).toBe('Bearer v2:sso');
    expect(authorizationHeader(normalizeToken('Basic dXNlcjpwYXNz') ?? '')).toBe('Basic dXNlcjpwYXNz');
  });
});

describe('errors and redaction', () => {
  it('reads grpc-gateway bodies and Kubernetes Status objects', () => {
    const g = httpFailureFromBody('POST', '/x', 400, '{"code":3,"message":"spec.entrypoint is required"}');
    expect([g.grpcCode, g.message]).toEqual([3, 'spec.entrypoint is required']);
    const k = httpFailureFromBody('POST', '/x', 409, '{"kind":"Status","reason":"AlreadyExists","message":"workflows \\"a\\" already exists","code":409}');
    expect([k.reason, k.message]).toEqual(['AlreadyExists', 'workflows "a" already exists']);
    expect(httpFailureFromBody('GET', '/x', 502, '<html>bad gateway</html>').message).toBe('<html>bad gateway</html>');
  });

  it('redacts the token and any Authorization value', () => {
    const r = makeRedactor(['tok-123456']);
    expect(r('x tok-123456 y')).toBe('x [REDACTED] y');
    expect(r('{"Authorization": "Bearer other-secret"}')).toBe('{"Authorization": "Bearer [REDACTED]"}');
  });
});
