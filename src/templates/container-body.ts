import type { ContainerFieldValues } from '../core/container-fields.js';
import { namedValueList } from './env.js';
import { CONTAINER_FIELDS } from './template-fields.js';
import { pickRendered } from './template-spec.js';

/** The spec keys a container's body takes: its Kubernetes fields, `env`, and what every leaf names. */
export const CONTAINER_KEYS: ReadonlySet<string> = new Set([...CONTAINER_FIELDS, 'env', 'image', 'command', 'args']);

/**
 * The rendered container fields of a spec (`env` turned from a record into Kubernetes' list), or
 * `undefined` when it sets none. `value` renders refs and input functions.
 */
export const containerFields = (
  spec: { readonly env?: unknown },
  value: (v: unknown) => unknown,
): ContainerFieldValues | undefined => {
  const fields = pickRendered(spec, CONTAINER_FIELDS, value);
  const env = value(spec.env) as Readonly<Record<string, unknown>> | undefined;
  if (env === undefined) return fields;
  return Object.freeze({ ...fields, env: namedValueList(env) });
};
