/**
 * Names that go into request paths, checked as Kubernetes checks them (DNS-1123) before any request:
 * `.`, `..`, an empty name or one with a slash would address another resource (`DELETE .../workflows/.`
 * is the whole collection once the URL is normalised).
 */
import { usageFailure, type SubmitError } from './submit-error.js';

const LABEL = '[a-z0-9](?:[-a-z0-9]*[a-z0-9])?';
const DNS_LABEL = new RegExp(`^${LABEL}$`);
const DNS_SUBDOMAIN = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);

export type NameKind = 'namespace' | 'name';

/** Why `value` is not a valid namespace (DNS-1123 label) or object name (DNS-1123 subdomain); undefined when it is. */
export const nameProblem = (kind: NameKind, value: string, what: string): SubmitError | undefined => {
  const [rule, max, pattern] = kind === 'namespace' ? ['DNS-1123 label', 63, DNS_LABEL] as const : ['DNS-1123 subdomain', 253, DNS_SUBDOMAIN] as const;
  if (value.length <= max && pattern.test(value)) return undefined;
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  return usageFailure(
    `${what} ${shown} is not a valid Kubernetes ${kind === 'namespace' ? 'namespace' : 'name'}: a ${rule} is at most ${max} lowercase letters, digits${kind === 'namespace' ? '' : ', dots'} and '-', starting and ending with a letter or digit. Nothing was sent.`,
  );
};

/** A segment URL parsers resolve away (`.`, `..`, also percent-encoded) or an empty one. */
const DOT_SEGMENT = /^(?:\.|%2e){0,2}$/i;

/**
 * Why a request path cannot be sent as is: one of its segments would be resolved away by the URL
 * parser (`a/./b`, `a/%2e%2e/b`, `a//b`), so the request would reach another resource.
 */
export const pathProblem = (path: string): SubmitError | undefined =>
  path.split('/').some((s) => DOT_SEGMENT.test(s))
    ? usageFailure(`refusing to request /${path.slice(0, 200)}: a path segment is empty, "." or ".."; a name must not be. Nothing was sent.`)
    : undefined;
