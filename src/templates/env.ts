import type { EnvVar, EnvVarSource, SecretKeySelector } from '../argo-model/generated/k8s-types.js';
import type { Ref } from '../typed-refs/ref.js';
import type { RefAware } from '../typed-refs/ref-aware.js';
import type { ConfigMapKeySource } from '../typed-refs/config-map-key.js';

// model

/**
 * An environment value read from elsewhere at run time (Kubernetes `valueFrom`). Make one with
 * `secretKey`, `configMapKey` or `fieldRef`, or write the `valueFrom` object yourself.
 * @category model
 */
export interface EnvSource {
  readonly valueFrom: RefAware<EnvVarSource>;
}

/**
 * A key of a Secret, as `secretKey` makes it: in `env` and an `http` template's `headers` it becomes a
 * `valueFrom.secretKeyRef`; as repository credentials of an artifact it is the selector itself.
 * @category model
 */
export type SecretKeySource = RefAware<SecretKeySelector>;

/** One environment variable's value: a literal, a ref (or a string with refs), or a source. @category model */
export type EnvValue = string | Ref<string> | Ref<number> | Ref<boolean> | EnvSource | SecretKeySource;

/** `env` as a record from variable name to value, rendered in insertion order. @category model */
export type EnvRecord = { readonly [name: string]: EnvValue };

// constructors

/**
 * A key of a Secret: an environment value or header (`valueFrom.secretKeyRef`), or an artifact
 * repository's credentials (`{name, key}`).
 * @example
 * ```ts
 * env: { PASSWORD: secretKey('my-secret', 'password') }
 * // env:
 * // - name: PASSWORD
 * //   valueFrom: {secretKeyRef: {name: my-secret, key: password}}
 * s3({ bucket: 'b', key: 'k', accessKeySecret: secretKey('creds', 'accessKey') })
 * // s3: {bucket: b, key: k, accessKeySecret: {name: creds, key: accessKey}}
 * ```
 * @category constructors
 */
export function secretKey(name: string, key: string, opts?: { readonly optional?: boolean }): SecretKeySelector;
export function secretKey(
  name: string | Ref<string>,
  key: string | Ref<string>,
  opts?: { readonly optional?: boolean },
): SecretKeySource;
export function secretKey(
  name: string | Ref<string>,
  key: string | Ref<string>,
  opts?: { readonly optional?: boolean },
): SecretKeySource {
  return Object.freeze({ name, key, ...opts }) as SecretKeySource;
}

/**
 * A key of a ConfigMap, read when the pod starts: an environment value, or the argument of a string input
 * of a task, step or hook. Either way it renders `valueFrom: {configMapKeyRef: {name, key}}`.
 * @example
 * ```ts
 * env: { LEVEL: configMapKey('settings', 'level') }
 * // env:
 * // - name: LEVEL
 * //   valueFrom: {configMapKeyRef: {name: settings, key: level}}
 * d.task('print', echo, { message: configMapKey('simple-parameters', 'msg') });
 * // arguments:
 * //   parameters:
 * //   - name: message
 * //     valueFrom: {configMapKeyRef: {name: simple-parameters, key: msg}}
 * ```
 * @category constructors
 */
export const configMapKey = (name: string | Ref<string>, key: string | Ref<string>, opts?: { readonly optional?: boolean }): ConfigMapKeySource =>
  Object.freeze({ valueFrom: Object.freeze({ configMapKeyRef: Object.freeze({ name, key, ...opts }) }) });

/**
 * A field of the pod (the downward API): `fieldRef('status.podIP')` renders
 * `valueFrom: {fieldRef: {fieldPath: status.podIP}}`.
 * @category constructors
 */
export const fieldRef = (fieldPath: string | Ref<string>, opts?: { readonly apiVersion?: string }): EnvSource =>
  Object.freeze({ valueFrom: { fieldRef: { fieldPath, ...opts } } });

// utils

/**
 * A rendered record (refs already strings) as Kubernetes' list of `{name, value}` or
 * `{name, valueFrom}`, in insertion order: `env`, and an `http` template's `headers`.
 */
export const namedValueList = (record: Readonly<Record<string, unknown>>): ReadonlyArray<EnvVar> =>
  Object.freeze(
    Object.entries(record).map(
      ([name, v]): EnvVar =>
        typeof v !== 'object' || v === null
          ? Object.freeze({ name, value: String(v) })
          : 'valueFrom' in v
            ? Object.freeze({ name, valueFrom: v.valueFrom as EnvVarSource })
            : // Any other object is a Secret's key (`secretKey`).
              Object.freeze({ name, valueFrom: { secretKeyRef: v as SecretKeySelector } }),
    ),
  );
