import * as E from 'fp-ts/lib/Either.js';
import type { ParamNode } from '../core/param.js';
import { encodeParam } from '../core/param-encoding.js';
import type { ArgNode } from '../core/template-node.js';
import type { RefSource } from '../core/scope.js';
import { isRef } from './ref.js';
import { isConfigMapKey, type ConfigMapKeyRef } from './config-map-key.js';
import { renderRefAware } from './ref-aware.js';

const NO_REFS: ReadonlyArray<RefSource> = Object.freeze([]);

const rendered = (name: string, value: string, refs: ReadonlyArray<RefSource>): ArgNode =>
  Object.freeze({ name, value, refs });

/**
 * Renders the argument `name` for `param`: refs become `{{...}}`, everything else goes through
 * `encodeParam`; a value it refuses is kept as `invalid` for the interpreter to report.
 */
export const renderArg = (name: string, v: unknown, param: ParamNode | undefined): ArgNode => {
  if (isRef(v)) return rendered(name, String(v), Object.freeze([v.source]));
  if (isConfigMapKey(v)) {
    const refs: RefSource[] = [];
    const configMapKeyRef = renderRefAware(v.valueFrom.configMapKeyRef, refs) as ConfigMapKeyRef;
    return Object.freeze({ name, value: '', refs: Object.freeze(refs), valueFrom: Object.freeze({ configMapKeyRef }) });
  }
  const encoded = encodeParam(v, param?.codec);
  return E.isRight(encoded)
    ? rendered(name, encoded.right, NO_REFS)
    : Object.freeze({ name, value: '', refs: NO_REFS, invalid: encoded.left });
};
