/** Parameters going in: typed values set as a manifest's arguments, and `-p name=value` strings checked. */
import * as E from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import type { ArgoManifest } from './argo-manifest.js';
import { encodeParam, paramText } from '../../core/param-encoding.js';
import type { Codec } from './submittable.js';
import type { ParamFailure } from './typed-io-error.js';

/**
 * Encodes each param (`encodeParam`) and sets it in `spec.arguments`;
 * entrypoint inputs the workflow left open are added there.
 */
export const withParams = (
  m: ArgoManifest,
  params: Readonly<Record<string, unknown>>,
  codecs: Readonly<Record<string, Codec<unknown>>> | undefined,
): E.Either<ParamFailure, ArgoManifest> => {
  const spec = (m.spec ?? {}) as { arguments?: { parameters?: ReadonlyArray<Record<string, unknown>> } };
  const declared = spec.arguments?.parameters ?? [];
  const names = new Set([...declared.map((p) => String(p['name'])), ...Object.keys(codecs ?? {})]);
  const encoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (!names.has(name))
      return E.left({
        _tag: 'ParamFailure',
        parameter: name,
        message: `Workflow ${m.metadata.name ?? m.metadata.generateName ?? ''}: no parameter "${name}" in spec.arguments.parameters (declared: ${[...names].join(', ') || 'none'}).`,
      });
    const v = encodeParam(value, codecs !== undefined && Object.hasOwn(codecs, name) ? codecs[name] : undefined);
    if (E.isLeft(v)) return E.left({ _tag: 'ParamFailure', parameter: name, message: `Parameter "${name}" ${v.left}.` });
    encoded[name] = v.right;
  }
  if (Object.keys(encoded).length === 0) return E.right(m);
  const present = new Set(declared.map((p) => String(p['name'])));
  const parameters = [
    ...declared.map((p) => {
      const v = encoded[String(p['name'])];
      return v === undefined ? p : { ...p, value: v };
    }),
    ...Object.entries(encoded)
      .filter(([n]) => !present.has(n))
      .map(([name, value]) => ({ name, value })),
  ];
  return E.right({ ...m, spec: { ...(m.spec as object), arguments: { ...spec.arguments, parameters } } });
};

/** Checks `-p name=value` strings with the declared codecs before anything is sent; values stay their text. */
export const decodeParamStrings = (
  raw: ReadonlyArray<string>,
  codecs: Readonly<Record<string, Codec<unknown>>> | undefined,
): E.Either<ParamFailure, Record<string, unknown>> => {
  const out: Record<string, unknown> = {};
  for (const item of raw) {
    const eq = item.indexOf('=');
    if (eq <= 0) return E.left({ _tag: 'ParamFailure', parameter: item, message: `-p ${item}: expected name=value.` });
    const name = item.slice(0, eq);
    const value = item.slice(eq + 1);
    // Own keys only (`-p __proto__=1` must not find Object.prototype), stored as plain data.
    const codec = codecs !== undefined && Object.hasOwn(codecs, name) ? codecs[name] : undefined;
    if (codec === undefined) {
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const decoded = codec.decode(value);
    if (E.isLeft(decoded))
      return E.left({
        _tag: 'ParamFailure',
        parameter: name,
        message: `-p ${name}=${value}: not a valid ${codec.name} (${PathReporter.report(decoded).join('; ')}). Nothing was submitted.`,
      });
    Object.defineProperty(out, name, { value: paramText(value), enumerable: true, writable: true, configurable: true });
  }
  return E.right(out);
};
